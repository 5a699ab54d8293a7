# yield, await and := are refused in annotation scopes (type parameter
# bounds, constraints and defaults, type alias values, the definition of a
# generic), with CPython's message and position; lambdas and comprehensions
# there keep their own rules.
cases = [
    "def f[T:(yield)](): pass",
    "def f[T:(x:=1)](): pass",
    "def f[T:(await x)](): pass",
    "def f[T:(int, (yield))](): pass",
    "def f[T=(yield)](): pass",
    "def f[T=(x:=1)](): pass",
    "def f[*Ts=(await x)](): pass",
    "def f[**P=(yield from x)](): pass",
    "type A = (yield)",
    "type A = (x:=1)",
    "type A[T] = (await x)",
    "class C[T]((yield)): pass",
    "def f[T](x: (yield)): pass",
    "def f[T]() -> (x:=1): pass",
    "class C[T](x:=1): pass",
    "def f[T](x=(yield)): pass",
    "def g():\n    type A = (yield)",
    "class C:\n    type A = (yield)",
    "def g():\n    def f[T:[(yield) for x in y]](): pass",
    "def f[T=[x async for x in y]](): pass",
    "def f[T=int, U](): pass",
    "class C[T, *Ts=int, **P]: pass",
    "type A[T=int, *Ts, U] = 1",
    "class C[T=lambda: (yield)]: pass",
    "def f[T: lambda: (x := 1)](): pass",
    "type A = lambda: (yield)",
    "def f[T=int, *Ts=int, **P=int](): pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
