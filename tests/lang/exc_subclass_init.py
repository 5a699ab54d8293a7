# Exception subclasses: __init__ overrides, super().__str__, __new__/__init__ called directly, chaining
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
t(lambda: E(1, 2).args)
class E2(Exception):
    def __init__(self, a, b):
        pass
t(lambda: E2(1, 2).args)
t(lambda: repr(E2(1, 2)))
class E3(Exception):
    def __init__(self, a, b=2):
        pass
t(lambda: E3(1, b=2).args)
t(lambda: (E3.__module__, KeyError.__module__, E3.__name__))
class E4(ValueError):
    def __str__(self):
        return 'custom ' + super().__str__()
t(lambda: str(E4('a')))
t(lambda: BaseException.__new__(ValueError, 1, 2).args)
t(lambda: ValueError.__init__(ValueError(), 3))
def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        try:
            raise ValueError('v') from e
        except ValueError as e2:
            return repr(e2.__cause__), repr(e2.__context__), e2.__suppress_context__
t(f)
def f():
    try:
        raise TypeError('a')
    except TypeError:
        try:
            raise ValueError('b')
        except ValueError as e:
            return repr(e.__context__), e.__cause__
t(f)
