#!/bin/sh
# Runs the language tests under valgrind memcheck (build/valgrind/asp, made
# by `make VARIANT=valgrind`): any memcheck error fails the program (exit 9).
# tests/valgrind.supp holds the only suppressions, for the collector's
# conservative stack scan.  Prints `N passed, M failed`.
cd "$(dirname "$0")/.." || exit 1
ASP="valgrind -q --error-exitcode=9 --suppressions=tests/valgrind.supp build/valgrind/asp" \
    exec python3 tests/run_lang.py --no-unit -j "${VALGRIND_J:-2}" --timeout 120 "$@"
