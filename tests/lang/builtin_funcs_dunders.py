# built-in functions on classes defining the dunders they use (__divmod__, __round__, __format__, __dir__, __getitem__ iteration ...)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class D:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
    def __format__(self, spec): return 'fmt:' + spec
    def __dir__(self): return ['b', 'a', 'c']
    def __len__(self): return -1
    __hash__ = None
class G:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
t(lambda: divmod(D(), 1))
t(lambda: divmod(1, D()))
t(lambda: divmod(True, 2))
t(lambda: divmod(2**64, 7))
t(lambda: round(D()))
t(lambda: round(D(), 2))
t(lambda: abs(D()))
t(lambda: format(D(), 'xy'))
t(lambda: dir(D()))
t(lambda: len(D()))
t(lambda: hash(D()))
t(lambda: list(iter(G())))
t(lambda: sorted(G()))
t(lambda: max(G()))
t(lambda: sum(G()))
t(lambda: any(G()))
t(lambda: isinstance(D(), D))
t(lambda: callable(D()))
t(lambda: getattr(D(), '__len__')())
t(lambda: min('b', 'a', key=str.upper))
t(lambda: max([], key=len, default='none'))
t(lambda: sum([1, 2], start=10))
t(lambda: pow(2, 3, 0))
t(lambda: pow(-2, 0.5))
t(lambda: round(1.5), )
t(lambda: (hex(True), oct(-0), bin(-5)))
t(lambda: chr(0xD800))
t(lambda: ord('\ud800'))
