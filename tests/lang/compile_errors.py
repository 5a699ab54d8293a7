# Compiler: compile-time SyntaxErrors (symbol table and code generation) with CPython's messages and positions.
cases = [
    "return 1",
    "x=1\ndef f():\n  x=2\n  global x\n",
    "def f():\n  print(x)\n  global x\n",
    "def f(a):\n global a",
    "nonlocal x",
    "def f():\n nonlocal x",
    "break",
    "continue",
    "yield 1",
    "await x",
    "def f(a,a): pass",
    "f(a=1,a=2)",
    "def f():\n  from m import *",
    "class C:\n [(y:=1) for i in x]",
    "def f():\n try: pass\n finally:\n  continue",
    "x = 1\nglobal x",
    "def f():\n  global x\n  nonlocal x",
    "def f(x):\n  nonlocal x",
    "class C:\n  return 1",
    "async def f():\n  yield from x",
    "def f():\n  for i in x:\n    def g():\n      break",
    "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass",
    "def f():\n  await x",
    "[(yield) for x in y]",
    "__debug__ = 1",
    "match x:\n  case a | b:\n    pass",
    "match x:\n  case _:\n    pass\n  case 1:\n    pass",
    "a, *b, *c = d",
    "async def f():\n  yield 1\n  return 2",
    "def f():\n  x = [await y for y in z]",
]
for src in cases:
    try:
        exec(src)
        print("no error")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
nested = "x = 0\n"
for i in range(22):
    nested += " " * i + "while x:\n"
nested += " " * 22 + "pass\n"
try:
    exec(nested)
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
