# str() and repr() of exceptions with non-str args, nested exceptions, custom __str__/__repr__, exception in args
items = [ValueError(), ValueError(1), ValueError(1, 2), ValueError([1]), ValueError(None), ValueError(ValueError('inner')), ValueError(''),
         ValueError('a', ''), TypeError('x\ny'), RuntimeError('é'), OSError(None), ZeroDivisionError('z'), AssertionError(),
         StopIteration(()), NotImplementedError(1.5), Exception(b'bytes'), Exception({'k': 1}), Exception(('t',))]
for e in items:
    print(repr(str(e)), repr(e), e.args)
class Detailed(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[1]}'
d = Detailed(404, 'not found')
print(str(d), repr(d), d.args, d.code)
class NoArgsRepr(Exception):
    def __repr__(self):
        return 'custom repr'
print(repr(NoArgsRepr(1)), str(NoArgsRepr(1)), repr([NoArgsRepr()]))
try:
    raise Detailed(500, 'server')
except Exception as e:
    print(type(e).__name__, e, f'{e!r}', '%s' % e)
class BadStr(Exception):
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
print(format(ValueError('fmt'), ''), f'{KeyError("k")}', f'{KeyError("k")!r}', '{!s}'.format(IndexError(3)))
