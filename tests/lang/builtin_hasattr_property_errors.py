# hasattr/getattr with properties and __getattr__ that raise: which exceptions propagate and which mean "absent"
class P:
    @property
    def attr_err(self):
        raise AttributeError('inside property')
    @property
    def val_err(self):
        raise ValueError('property failed')
    @property
    def ok(self):
        return 'fine'
    def __getattr__(self, name):
        if name == 'dyn':
            return 'dynamic'
        if name == 'boom':
            raise KeyError(name)
        raise AttributeError(f'no {name}')
p = P()
for name in ['ok', 'attr_err', 'val_err', 'dyn', 'boom', 'missing']:
    try:
        print(name, hasattr(p, name))
    except Exception as e:
        print(name, 'hasattr raised', type(e).__name__, e)
    try:
        print(name, getattr(p, name, 'DEFAULT'))
    except Exception as e:
        print(name, 'getattr raised', type(e).__name__, e)
class Q:
    @property
    def broken(self):
        return self.nothing
try:
    Q().broken
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(Q(), 'broken'), getattr(Q(), 'broken', 'dflt'))
class R:
    def __getattribute__(self, name):
        if name == 'special':
            return 'via getattribute'
        return object.__getattribute__(self, name)
print(R().special, hasattr(R(), 'other'), getattr(R(), '__class__').__name__)
