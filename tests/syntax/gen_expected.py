#!/usr/bin/env python3
"""Regenerates tests/syntax/expected.txt: for every NNN_*.py case here, the
error CPython 3.13 raises when parsing it, one line per case:
    FILE: Type: message (lineno, offset)
(no position for errors without one; only the type for MemoryError and
RecursionError, whose CPython message depends on the compile stage).
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
        # errors without a source position (encoding, NUL bytes) omit it
        pos = ' (%s, %s)' % (e.lineno, e.offset) if isinstance(e.lineno, int) and e.lineno > 0 else ''
        res = '%s: %s%s' % (type(e).__name__, e.msg, pos)
    except (MemoryError, RecursionError) as e:
        # the message depends on the stage (AST construction or compilation)
        res = type(e).__name__
    lines.append('%s: %s' % (name, res))
with open(os.path.join(here, 'expected.txt'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
print(len(lines), 'cases')
