# getattr/setattr/hasattr/delattr, vars, dir, callable, id, globals/locals
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def meth(self):
        return 'm'
c = C()
t('getattr', lambda: (getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(c, 'cls_attr'), getattr(C, 'meth')(c), getattr(c, 'meth')()))
t('getattr missing', lambda: getattr(c, 'nope'))
t('getattr nonstr', lambda: getattr(c, 1))
t('getattr nonstr dflt', lambda: getattr(c, 1, 2))
t('getattr args', lambda: getattr(c))
t('getattr too many', lambda: getattr(c, 'x', 1, 2))
t('getattr int', lambda: getattr(5, 'real'))
t('getattr int missing', lambda: getattr(5, 'foo'))
t('setattr', lambda: (setattr(c, 'y', 5), c.y, setattr(c, 'x', None), c.x))
t('setattr builtin', lambda: setattr(5, 'x', 1))
t('setattr nonstr', lambda: setattr(c, 2, 1))
t('setattr type', lambda: setattr(int, 'x', 1))
t('hasattr', lambda: (hasattr(c, 'y'), hasattr(c, 'zz'), hasattr(5, 'real'), hasattr(C, 'meth')))
t('hasattr nonstr', lambda: hasattr(c, 1))
class Raiser:
    def __getattr__(self, name):
        if name == 'boom':
            raise ValueError('boom')
        raise AttributeError(name)
t('hasattr raises', lambda: hasattr(Raiser(), 'boom'))
t('hasattr attr err', lambda: hasattr(Raiser(), 'other'))
t('delattr', lambda: (delattr(c, 'y'), hasattr(c, 'y')))
t('delattr missing', lambda: delattr(c, 'y'))
t('delattr cls attr on inst', lambda: delattr(c, 'cls_attr'))
t('delattr builtin', lambda: delattr(5, 'real'))
t('vars', lambda: sorted(vars(c).items()))
t('vars cls', lambda: sorted(k for k in vars(C) if not k.startswith('__')))
t('vars int', lambda: vars(5))
t('vars noargs', lambda: 'C' in vars())
t('vars 2', lambda: vars(1, 2))
import math
t('vars mod', lambda: 'pi' in vars(math))
t('dir obj', lambda: [n for n in dir(c) if not n.startswith('__')])
t('dir sorted', lambda: dir(c) == sorted(dir(c)))
class D:
    def __dir__(self):
        return ['b', 'a', 'c']
t('dir custom', lambda: dir(D()))
class D2:
    def __dir__(self):
        return 5
t('dir bad', lambda: dir(D2()))
t('dir int', lambda: [n for n in dir(1) if not n.startswith('_')])
t('dir str', lambda: [n for n in dir('') if not n.startswith('_')])
t('dir list', lambda: [n for n in dir([]) if not n.startswith('_')])
t('dir dict', lambda: [n for n in dir({}) if not n.startswith('_')])
t('callable', lambda: (callable(len), callable(C), callable(c), callable(c.meth), callable(5), callable(lambda: 0), callable(None), callable(type)))
class CC:
    def __call__(self):
        return 1
t('callable obj', lambda: (callable(CC()), callable(CC)))
t('id', lambda: (id(c) == id(c), id(c) != id(C()), type(id(c)).__name__, id(None) == id(None)))
x_global = 5
def f():
    y_local = 3
    return sorted(locals().items()), 'x_global' in globals(), globals()['x_global']
t('locals', f)
t('globals type', lambda: type(globals()).__name__)
def g(a, b=2, *args, **kw):
    z = 1
    return sorted(locals())
t('locals params', lambda: g(1, 2, 3, k=4))
def h():
    v = 1
    loc = locals()
    v = 2
    return loc['v'], locals()['v']
t('locals snapshot', h)
globals()['new_global'] = 42
t('globals write', lambda: new_global)
