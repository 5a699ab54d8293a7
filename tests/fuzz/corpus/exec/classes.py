class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v!r})"
    def __eq__(self, o): return isinstance(o, A) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __iter__(self): yield from range(self.v)
class B(A):
    __slots__ = ()
    @property
    def p(self): return super().__repr__()
print(B(3).p, list(A(4)), {A(1): 2}, sorted([A(2), A(1)], key=lambda a: a.v))
