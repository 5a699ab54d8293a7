#!/bin/sh
# check_examples: installs asp (release) into a temporary prefix with
# `make install`, builds each program of examples/ the way a host would
# (cc example.c $(pkg-config --cflags --libs asp)), runs it and compares its
# output with tests/api/<name>.expected.  Prints `ok NAME` or `FAIL NAME`
# per example; run from the repository root (tests/unit/test_examples.c
# runs it and counts the lines).
set -u
tmp=$(mktemp -d "${TMPDIR:-/tmp}/asp-examples.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
# a parent `make VARIANT=san test` passes its variables down: install release
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s VARIANT=release install PREFIX="$tmp/prefix" \
        >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    echo "FAIL install"
    exit 1
fi
echo "ok install"
export PKG_CONFIG_PATH="$tmp/prefix/lib/pkgconfig"
if command -v pkg-config >/dev/null 2>&1; then
    flags=$(pkg-config --cflags --libs asp) || { echo "FAIL pkg-config"; exit 1; }
else
    # no pkg-config here: read the installed asp.pc the way it would
    pc="$tmp/prefix/lib/pkgconfig/asp.pc"
    flags=$(sed -n -e 's/^Cflags: //p' -e 's/^Libs: //p' "$pc" |
            sed -e "s|\${includedir}|$tmp/prefix/include|g" -e "s|\${libdir}|$tmp/prefix/lib|g" | tr '\n' ' ')
fi
for src in examples/*.c; do
    name=$(basename "$src" .c)
    extra=""
    case "$name" in threads) extra="-pthread" ;; esac
    # the shared library is found through the rpath; -Werror: the examples are clean C11
    if ! cc -std=c11 -Wall -Wextra -Werror "$src" $flags $extra \
            -Wl,-rpath,"$tmp/prefix/lib" -o "$tmp/$name" 2>"$tmp/$name.cc"; then
        cat "$tmp/$name.cc"
        echo "FAIL $name (build)"
        continue
    fi
    "$tmp/$name" >"$tmp/$name.out" 2>&1
    if cmp -s "$tmp/$name.out" "tests/api/$name.expected"; then
        echo "ok $name"
    else
        diff "tests/api/$name.expected" "$tmp/$name.out" | head -20
        echo "FAIL $name"
    fi
done
# the static library alone: only asp_* symbols are global
if nm -g --defined-only "$tmp/prefix/lib/libasp.a" | awk 'NF == 3 && $3 !~ /^asp_/' | grep -q .; then
    echo "FAIL libasp.a exports non-asp_ symbols"
else
    echo "ok symbols"
fi
# a static link works too
if cc -std=c11 examples/run_script.c -I"$tmp/prefix/include" "$tmp/prefix/lib/libasp.a" -ltommath -lm \
        -o "$tmp/static" 2>"$tmp/static.cc" && "$tmp/static" >"$tmp/static.out" 2>&1 \
        && cmp -s "$tmp/static.out" tests/api/run_script.expected; then
    echo "ok static"
else
    cat "$tmp/static.cc"
    echo "FAIL static"
fi
