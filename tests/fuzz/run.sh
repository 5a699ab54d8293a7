#!/bin/sh
# Runs a libFuzzer target built by `make fuzz` for a given time over its seed
# corpus tests/fuzz/corpus/NAME (fuzz_NAME -> NAME) plus, for fuzz_parse and
# fuzz_compile, the
# programs of tests/lang and tests/syntax read in place (tests/lang only for
# fuzz_exec), with the dictionary tests/fuzz/NAME.dict when there is one
# (parse.dict for the targets whose input is Python source).  New inputs go to a
# temporary work corpus, so the committed corpus is never modified; a crash,
# leak, timeout or out-of-memory input is written to build/fuzz/findings/
# and the script exits non-zero.
# usage: tests/fuzz/run.sh TARGET SECONDS   e.g. tests/fuzz/run.sh fuzz_parse 60
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 TARGET SECONDS" >&2
    exit 2
fi
target=$1
secs=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/build/fuzz/$target
seeds=$root/tests/fuzz/corpus/${target#fuzz_}
if [ ! -x "$bin" ]; then
    echo "$0: $bin not built (make fuzz)" >&2
    exit 2
fi
if [ ! -d "$seeds" ]; then
    echo "$0: no seed corpus $seeds" >&2
    exit 2
fi
dict=
if [ -f "$root/tests/fuzz/${target#fuzz_}.dict" ]; then
    dict=-dict=$root/tests/fuzz/${target#fuzz_}.dict
elif [ "$target" = fuzz_compile ] || [ "$target" = fuzz_exec ]; then
    dict=-dict=$root/tests/fuzz/parse.dict   # Python source too
fi
findings=$root/build/fuzz/findings
mkdir -p "$findings"
work=$(mktemp -d "${TMPDIR:-/tmp}/asp-$target.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT INT TERM
extra=
case $target in
fuzz_parse|fuzz_compile) extra="$root/tests/lang $root/tests/syntax" ;;
fuzz_exec) extra="$root/tests/lang" ;;
esac
# The work corpus is listed first: libFuzzer adds new inputs to the first
# directory only; the seeds are read from the others.
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
"$bin" "$work" "$seeds" $extra \
    -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$findings/$target-" -print_final_stats=1 $dict
rc=$?
if [ $rc -ne 0 ]; then
    echo "$0: $target found a problem (exit $rc); inputs in $findings" >&2
fi
exit $rc
