"""Every kind of AST node with its optional fields, for test_ast_dump."""
from __future__ import annotations
import os, sys as system
from . import sibling
from ..pkg.mod import (a as b, c)
from mod import *

@decorator
@decorator.attr(1, key=2)
def f[T: int, *Ts, **P](a, /, b: int = 1, *args: str, c, d=2, **kw: float) -> None:
    """doc"""
    global g
    x: int
    y: list[int] = []
    z = w = 1
    z += 1; z -= 1; z *= 2; z /= 2; z //= 2; z %= 2; z **= 2; z <<= 1; z >>= 1
    z |= 1; z &= 1; z ^= 1; z @= m
    del x, y[0], z.attr
    def inner():
        nonlocal z
        return
    return a

async def g(x=None, *, k=3):
    async for i in aiter():
        await i
    else:
        pass
    async with ctx() as c, other():
        yield
    yield x
    x = yield from gen()
    return [i async for i in x if i]

class C[T = int, *Ts = *tuple[int], **P = [int]](Base, metaclass=Meta, **extra):
    attr = 1
    type Alias[K: (str, bytes)] = dict[K, int]

type Simple = int

for i, (j, k) in enumerate(x):
    if i: continue
    elif j: break
    else: pass
else:
    print(i)

while cond and other or not third:
    pass
else:
    pass

with open(p) as (f1, f2), ctx:
    pass

try:
    raise ValueError("x") from err
except ValueError as e:
    raise
except (KeyError, IndexError):
    pass
except:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* TypeError as eg:
    pass
except* OSError:
    pass

assert x, "message"
assert y

match command:
    case 1 | 2.5 | -3 | 1 + 2j | "s" "t" | b"b" if guard:
        pass
    case None | True | False:
        pass
    case [a, *rest, b] if a:
        pass
    case [*_]:
        pass
    case {"key": v, 1: w, **others}:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case Cls():
        pass
    case (x, y) as both:
        pass
    case mod.CONST:
        pass
    case _:
        pass

e = (a if b else c, lambda: 0, lambda x, /, y=1, *z, w, **v: x)
e = a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n
e = -a, +b, ~c, not d
e = a < b <= c > d >= e == f != g is h is not i in j not in k
e = {1: 2, **d}, {1, 2, *s}, [1, *l], (1, *t), ()
e = [x for x in y if x if not x for z in x], {x for x in y}, {k: v for k, v in y}, (x for x in y)
e = f(a, *args, k=1, **kw), obj.attr.sub, a[1], a[1:2], a[::3], a[1:2, ::3], a[...]
e = f"plain {x} {y!r} {z!s:>10} {w!a} {v:{width}.{prec}} {u=} {'nested'}"
e = 1, 1.5, 1e300, 2j, "str", b"bytes", None, True, False, ..., 10**100
e = (n := 5), r"raw\n", "implicit" "concat", 0x10, 0o7, 0b1, 1_000
e = x[a:b:c], x[:], x[-1], *star, = y
print(*a, sep="")
