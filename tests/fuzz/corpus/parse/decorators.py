@a.b(c)
@d[e]
@(lambda f: f)
@x := y
class C[T: int, *Ts, **P](B, metaclass=M):
    @property
    async def f[U](self, /, a, *, b=1, **k) -> U: ...
