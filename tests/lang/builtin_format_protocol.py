# format() protocol: __format__ on subclasses of int/float/str, object.__format__ rules, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
class ReprInt(int):
    def __repr__(self):
        return 'R'
    def __str__(self):
        return 'S'
t('subclasses', lambda: (format(MyInt(5), '03'), format(MyFloat(2.5), '.2f'), format(MyStr('ab'), '>4'), format(MyInt(5)), format(ReprInt(7)), format(ReprInt(7), 'd')))
t('fstring sub', lambda: (f'{ReprInt(3)}', f'{ReprInt(3)!s}', f'{ReprInt(3)!r}', str(ReprInt(3)), '%s %d' % (ReprInt(3), ReprInt(3))))
class Custom:
    def __format__(self, spec):
        return f'Custom[{spec}]'
t('custom', lambda: (format(Custom()), format(Custom(), 'x>5'), f'{Custom():abc}', '{:q}'.format(Custom())))
class Inherit(Custom):
    pass
t('inherit', lambda: format(Inherit(), 'zz'))
class Plain:
    def __str__(self):
        return 'plain'
t('plain empty', lambda: format(Plain(), ''))
t('plain spec', lambda: format(Plain(), '>10'))
t('type spec', lambda: format(int, ''))
t('none spec', lambda: format(None, 'x'))
t('list spec', lambda: format([1], '10'))
t('spec type', lambda: format(1, None))
t('spec bytes', lambda: format(1, b'd'))
class RetNonStr:
    def __format__(self, spec):
        return 1
t('ret nonstr', lambda: format(RetNonStr()))
class FmtRaise:
    def __format__(self, spec):
        raise ValueError('fmt ' + spec)
t('raise', lambda: f'{FmtRaise():spec}')
t('int unknown code', lambda: format(1, 'y'))
t('float unknown code', lambda: format(1.0, 'y'))
t('str unknown code', lambda: format('a', 'y'))
t('str int code', lambda: format('a', 'd'))
t('complex unknown', lambda: format(1j, 'd'))
t('bool formats', lambda: (format(True, ''), format(True, 's') if False else '', format(True, 'x'), format(True, '.1f'), format(True, '^6')))
t('bool s', lambda: format(True, 's'))
t('int with precision', lambda: format(5, '.2'))
t('float with ,', lambda: format(1234.5, ','))
t('zero padding str', lambda: format('ab', '05'))
t('int.__format__', lambda: (int.__format__(5, 'b'), float.__format__(0.5, '%'), str.__format__('x', '^3')))
t('object.__format__ sub', lambda: object.__format__(Plain(), ''))
