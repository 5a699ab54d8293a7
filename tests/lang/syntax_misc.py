# pass, semicolons, line continuation, multiple targets, ellipsis, comments, docstrings
def placeholder():
    pass
class Empty:
    ...
print(placeholder(), Empty.__name__, ..., Ellipsis is ...)
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,   # trailing comment
    3,
]
print(items, (
    "implicit"
    " continuation"
))
x = y = z = []
x.append(1)
print(y, z, x is z)
i = j = 0
i += 1
print(i, j)
if True: print("one-line if")
for k in range(2): print("one-line for", k)
while False: pass
def f(): return "one-line def"
print(f())
print(0x_ff if False else 0xff, 1_000, 0b_1010, 1e1_0 if False else 10)
print("""triple
quoted""", '''single triple''')
print("a" 'b' """c""")
def with_doc():
    """Docstring line one.

    More text."""
    return with_doc.__doc__.splitlines()[0]
print(with_doc())
x = (1)
y = (1,)
print(type(x).__name__, type(y).__name__, type(()).__name__)
print(r"\d+\n", len(r"\n"), "\\n", b"\\x00")
print(+1, -+1, not not 1)
_ = "underscore is a normal name"
print(_)
__dunder_like = 5
print(__dunder_like)
Ä = "non-ascii identifier"
print(Ä)
print(1 if 0 else 2 if 0 else 3)
