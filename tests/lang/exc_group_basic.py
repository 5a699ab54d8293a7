# BaseExceptionGroup/ExceptionGroup: construction rules, str/repr, split, subgroup, derive
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: repr(ExceptionGroup('m', [ValueError(1)])))
t(lambda: str(ExceptionGroup('m', [ValueError(1)])))
t(lambda: str(ExceptionGroup('m', [ValueError(1), TypeError(2)])))
t(lambda: ExceptionGroup('m', [ValueError(1)]).exceptions)
t(lambda: ExceptionGroup('m', (ValueError(1),)).message)
t(lambda: ExceptionGroup.__mro__)
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('m', [ValueError()]))
t(lambda: type(BaseExceptionGroup('m', [ValueError()])))
t(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup('m', []))
t(lambda: BaseExceptionGroup('m', 3))
t(lambda: BaseExceptionGroup(3, []))
t(lambda: BaseExceptionGroup('m', [3]))
t(lambda: BaseExceptionGroup('m'))
t(lambda: BaseExceptionGroup('m', [ValueError()], 3))
eg = ExceptionGroup('top', [ValueError(1), TypeError(2),
                            ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
eg.add_note('a note')
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.__notes__, r.__notes__)
print(repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup(OSError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.split((TypeError, KeyError)))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(repr(eg.derive([ZeroDivisionError()])))
t(lambda: eg.split(5))
class MyEG(ExceptionGroup):
    pass
g = MyEG('x', [ValueError(1), TypeError(2)])
print(type(g).__name__, repr(g))
t(lambda: MyEG('x', [KeyboardInterrupt()]))
