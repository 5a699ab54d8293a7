#!/bin/sh
# Checks asp's syntax errors against tests/syntax/expected.txt (made by
# gen_expected.py under CPython 3.13): type, message, line and offset.
# usage: tests/syntax/run.sh [ASP]   (default build/asp)
dir=$(cd "$(dirname "$0")" && pwd)
asp=${1:-build/asp}
pass=0; fail=0
while IFS= read -r line; do
    file=${line%%: *}
    want=${line#*: }
    got=$("$asp" --syntax-error "$dir/$file" 2>&1)
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $file"
        echo "  expected: $want"
        echo "  got:      $got"
    fi
done < "$dir/expected.txt"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
