#!/usr/bin/env python3
"""Regenerates tests/syntax/expected.txt: for every NNN_*.py case here, the
error CPython 3.13 raises when parsing it, one line per case:
    FILE: Type: message (lineno, offset)
Run with CPython 3.13: PYENV_VERSION=3.13.0 python3 tests/syntax/gen_expected.py"""
import ast, os, sys

here = os.path.dirname(os.path.abspath(__file__))
if sys.version_info[:2] != (3, 13):
    sys.exit('run with CPython 3.13')
lines = []
for name in sorted(os.listdir(here)):
    if not name.endswith('.py') or not name[:3].isdigit():
        continue
    with open(os.path.join(here, name), 'rb') as f:
        src = f.read()
    try:
        compile(src, name, 'exec', ast.PyCF_ONLY_AST)
        res = 'OK'
    except SyntaxError as e:  # IndentationError and TabError included
        res = '%s: %s (%s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (MemoryError, RecursionError, ValueError) as e:
        res = '%s: %s' % (type(e).__name__, e)
    lines.append('%s: %s' % (name, res))
with open(os.path.join(here, 'expected.txt'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines), 'cases')
