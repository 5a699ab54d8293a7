"""Writes CPython 3.13's ast.dump() of each tests/unit/data/ast/X.py into
X.dump and, with include_attributes=True, X.attrs.dump: what test_ast_dump
expects asp_ast_dump_source(_ex) to print for X.py.

    PYENV_VERSION=3.13.0 python3 tests/unit/gen_ast_dump.py
"""
import ast, glob, os, sys
assert sys.version_info[:2] == (3, 13)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ast")
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read(), path)
    base = path[:-3]
    with open(base + ".dump", "w", encoding="utf-8") as fh:
        fh.write(ast.dump(tree) + "\n")
    with open(base + ".attrs.dump", "w", encoding="utf-8") as fh:
        fh.write(ast.dump(tree, include_attributes=True) + "\n")
    print(os.path.relpath(base, here))
