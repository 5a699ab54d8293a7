# AttributeError messages for modules, classes, instances, builtins, None, properties without setters, deleted attrs, slots
import math
class K:
    __slots__ = ('a',)
    @property
    def ro(self):
        return 1
class Plain:
    x = 1
def t(label, f):
    try:
        f()
    except AttributeError as e:
        print(label, repr(str(e)))
t('module', lambda: math.nope)
t('class', lambda: Plain.nope)
t('instance', lambda: Plain().nope)
t('builtin type', lambda: int.nope)
t('builtin inst', lambda: (1).nope)
t('none', lambda: None.nope)
t('str method', lambda: 'x'.uper())
t('list method', lambda: [].push(1))
t('dict method', lambda: {}.iteritems())
t('property set', lambda: setattr(K(), 'ro', 2))
t('property del', lambda: delattr(K(), 'ro'))
t('slot unset', lambda: K().a)
t('slot del unset', lambda: delattr(K(), 'a'))
t('no dict', lambda: setattr(K(), 'b', 1))
t('int set', lambda: setattr(1, 'real', 2))
t('int new attr', lambda: setattr(1, 'zz', 2))
t('func attr', lambda: (lambda: 0).nope)
t('type set builtin', lambda: setattr(list, 'x', 1))
t('delete class attr from instance', lambda: delattr(Plain(), 'x'))
t('del missing on class', lambda: delattr(Plain, 'missing'))
t('module set del', lambda: delattr(math, 'nonexistent'))
t('mro lookup', lambda: object().__class__.nope)
t('super', lambda: super(Plain, Plain()).nope)
