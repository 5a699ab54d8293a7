# inspect: signatures, binding, predicates, members, docstrings and source.
import asyncio
import functools
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    """Add things.

        Indented line.
    Last."""


def g(a, *, b):
    pass


def po(a, /):
    pass


s = inspect.signature(f)
print(s, repr(s), repr(s.parameters['a']), list(s.parameters), s.return_annotation)
print([(p.name, str(p.kind), p.kind.description, p.default) for p in s.parameters.values()])
cases = [(s, (), {}), (s, (1, 2, 3, 4), {"d": 1}), (s, (1,), {"a": 2, "d": 1}),
         (inspect.signature(g), (1,), {}), (inspect.signature(g), (1, 2), {}),
         (inspect.signature(g), (1,), {"b": 2, "z": 3}), (inspect.signature(lambda x: 0), (1,), {"x": 2}),
         (inspect.signature(po), (), {"a": 1}), (inspect.signature(po), (), {}),
         (inspect.signature(g), (), {"a": 1, "b": 2})]
for sig, args, kwargs in cases:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
ba = s.bind(1, d=4)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(s.bind_partial(1), s.bind_partial(d=2).arguments)


class C:
    """A class."""

    def __init__(self, x, y: 'str' = 'q'):
        pass

    def m(self, z):
        """m's doc"""

    @classmethod
    def cm(cls, k=1):
        pass

    @staticmethod
    def sm(u, v):
        pass

    def __call__(self, w):
        pass


class D(C):
    def m(self, z):
        pass


class N:
    def __new__(cls, n, *, flag=False):
        return super().__new__(cls)


class Plain:
    pass


print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.cm),
      inspect.signature(C.sm), inspect.signature(C(1)), inspect.signature(N), inspect.signature(Plain))
print(inspect.signature(functools.partial(f, 1, d=3)), inspect.signature(functools.partial(g, b=1)))


@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is g)
for obj in [5]:
    try:
        inspect.signature(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
P = inspect.Parameter
print(P.POSITIONAL_ONLY, repr(P.KEYWORD_ONLY), P.empty, inspect.Signature.empty, P.KEYWORD_ONLY > P.VAR_POSITIONAL)
p = P('x', P.KEYWORD_ONLY, default=None, annotation=list[int])
print(p, repr(p), p.kind.description, p.replace(name='y', default=3), p == P('x', P.KEYWORD_ONLY, default=None, annotation=list[int]))
for args in [('1x', P.POSITIONAL_ONLY), ('x', P.VAR_POSITIONAL, 1), ('def', P.KEYWORD_ONLY)]:
    try:
        P(args[0], args[1], default=args[2]) if len(args) == 3 else P(*args)
    except ValueError as e:
        print("ValueError", e)
print(inspect.signature(lambda: None), inspect.signature(lambda *a, **k: None))


def h(a: 'int', b: inspect.Parameter = None, c: dict[str, int] = {}) -> 'x':
    pass


print(inspect.signature(h), inspect.signature(h).replace(return_annotation=inspect.Signature.empty))
sig2 = inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD), P('b', P.KEYWORD_ONLY, default=1)])
print(sig2, sig2 == inspect.signature(lambda a, *, b=1: 0))
for params in [[P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)],
               [P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
               [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]]:
    try:
        inspect.Signature(params)
    except ValueError as e:
        print("ValueError", e)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, d=2))
print(inspect.cleandoc('''  first
      second
        third
'''))
print(repr(inspect.getdoc(f)), inspect.getdoc(C), inspect.getdoc(D.m), inspect.getdoc(Plain))


def gen():
    yield 1


async def co():
    pass


async def agen():
    yield 1


print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(C(1).m), inspect.ismethod(C.m),
      inspect.isclass(C), inspect.isclass(C(1)), inspect.ismodule(inspect), inspect.isbuiltin(len),
      inspect.isroutine(len), inspect.isroutine(f), inspect.isgeneratorfunction(gen),
      inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(agen),
      inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(functools.partial(co)))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(1), inspect.isasyncgen(agen()))
c.close()
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


print(inspect.isabstract(A), inspect.isabstract(C), inspect.getmro(D) == (D, C, object))
print([n for n, v in inspect.getmembers(C) if not n.startswith('__')],
      [n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmodule(f).__name__, inspect.getmodule(inspect).__name__)
print(inspect.get_annotations(h), inspect.get_annotations(h, eval_str=True) == {'a': int, 'b': inspect.Parameter, 'c': dict[str, int], 'return': 'x'} if False else inspect.get_annotations(C.__init__))
print(inspect.markcoroutinefunction(lambda: 0) and inspect.iscoroutinefunction(inspect.markcoroutinefunction(lambda: 0)))
