# exception attributes: args, str/repr with 0/1/many args, StopIteration.value, SystemExit.code, KeyError repr, with_traceback
for cls in [Exception, ValueError, KeyError, StopIteration, SystemExit, OSError, UnicodeError, AttributeError, NameError, ImportError, SyntaxError]:
    for args in [(), ('msg',), ('a', 'b'), (1,), (None,), ('',)]:
        try:
            e = cls(*args)
            print(cls.__name__, args, repr(e), repr(str(e)), e.args)
        except Exception as err:
            print(cls.__name__, args, '!', type(err).__name__, err)
print(KeyError('k'), KeyError(('a', 1)), KeyError(), KeyError(1, 2), repr(KeyError('k')))
s = StopIteration()
print(s.value, StopIteration(5).value, StopIteration(5, 6).value, StopIteration(5, 6).args)
print(SystemExit().code, SystemExit(3).code, SystemExit('x', 'y').code, SystemExit(None).code)
e = ValueError('a')
e.args = ['x', 2]
print(e.args, str(e), repr(e))
e.args = 'ab'
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print('TypeError', err)
print(BaseException().with_traceback(None).args, Exception('x').__traceback__)
e = Exception('m')
e.custom = 1
print(e.custom, e.__dict__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError()
print(type(e.__cause__).__name__, e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print('TypeError', err)
try:
    e.__context__ = 'x'
except TypeError as err:
    print('TypeError', err)
print(Exception('a') == Exception('a'), Exception.__new__(Exception).args, Exception.__new__(ValueError, 1, 2).args)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(m.args, m.b, str(m), repr(m))
class NoInit(Exception):
    def __init__(self):
        pass
n = NoInit()
print(n.args, repr(n), str(n))
class StrErr(Exception):
    def __str__(self):
        return 'custom str'
print(str(StrErr()), repr(StrErr(1)))
try:
    raise StrErr
except StrErr as x:
    print(type(x).__name__, x)
print(repr(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))
print(str(UnicodeEncodeError('ascii', 'é', 0, 1, 'nope')), str(UnicodeTranslateError('é', 0, 1, 'x')))
u = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason)
try:
    UnicodeDecodeError('x')
except TypeError as err:
    print('TypeError', err)
print(BaseException.__module__, ValueError.__name__)
