#!/usr/bin/env python3
"""Compares node positions: `asp --dump-ast-attrs FILE` against CPython 3.13's
ast.dump(ast.parse(src), include_attributes=True), file by file.
usage: PYENV_VERSION=3.13.0 python3 tools/posdiff.py ASP PATH...  (files or folders)
Prints the first difference of each failing file and `N passed, M failed`."""
import ast, os, subprocess, sys

asp = sys.argv[1]
paths = []
for p in sys.argv[2:]:
    if os.path.isdir(p):
        for root, _, names in os.walk(p):
            paths += [os.path.join(root, n) for n in sorted(names) if n.endswith('.py')]
    else:
        paths.append(p)
ok = bad = 0
for f in paths:
    src = open(f, 'rb').read()
    try:
        exp = ast.dump(ast.parse(src, f), include_attributes=True)
    except Exception:
        continue
    r = subprocess.run([asp, '--dump-ast-attrs', f], capture_output=True)
    got = r.stdout.decode('utf-8', 'surrogateescape').rstrip('\n')
    if got == exp:
        ok += 1
        continue
    bad += 1
    i = 0
    n = min(len(got), len(exp))
    while i < n and got[i] == exp[i]:
        i += 1
    print('FAIL %s\n  exp ...%s\n  got ...%s' % (f, exp[max(0, i - 150):i + 60], got[max(0, i - 150):i + 60]))
print('%d passed, %d failed' % (ok, bad))
