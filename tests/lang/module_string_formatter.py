import string

f = string.Formatter()
for s in ['a{0}b', 'x{{y}}z', '{}', '{a.b[c]!r:>{w}}', 'end{', 'a}b', '{0!}', '{0!rr}', '{0:{1:{2}}}',
          '{:}', '{!r}', '{[0]}', 'lit', '', '{a[}', '{a[x]y}', '{0[]}', '{a.}', '}}', '{{', '{ }',
          '{0!r:x}', '{0:a{b}c}', '{x!', '{x:', '{x', '{0]}', '{a[b]c}', '{!}', '{:{}}',
          '{a{b}c}', '{a[!]}', '{a[:]}', '{a[}]}', '{x!r', '{x!r}', '{x!r:', '{x!rx', '{0!}}', '{0!}x}',
          '{!', '{:', '{', '{x:{', '{x:}}', '{x:{}', '{x:a}b}', '{a[{]}', '{a[{}]}', '{0!:}', '{a!r!s}',
          '{a:b!c}', '{0!{}', '{0!{}}', '{x[}', '{x[]', 'a{x}}', 'ok {0} then {']:
    out = []
    try:
        for item in f.parse(s):
            out.append(item)
        print(repr(s), out)
    except ValueError as e:
        print(repr(s), out, 'ValueError', e)


class P:
    x = 5
    items = {'k': [10, 20]}

    def __repr__(self):
        return 'P()'

    def __format__(self, spec):
        return 'P<' + spec + '>'


print(f.format('{0} and {1}', 'a', 'b'))
print(f.format('{} and {}', 'a', 'b'))
print(f.format('{name}={value:>8.3f}', name='pi', value=3.14159))
print(f.format('{0.x} {0.items[k][1]} {p!r} {p!s:^9} {p:spec} {q!a}', P(), p=P(), q='é'))
print(f.format('{0:{1}{2}}|{w:{fill}>{n}}', 42, '>', 6, w='w', fill='*', n=4))
print(f.format('{:{}}|', 'x', 5))
print(f.format('{0[1]}{0[0]}', 'ab'), f.format('{d[key]}', d={'key': 'v'}))
print(f.format('{{literal}} {0}', 1))
print(f.vformat('{a}-{0}', (7,), {'a': 8}))
for bad, args, kwargs in [('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{0!x}', (1,), {}),
                          ('{5}', (1,), {}), ('{nope}', (), {}), ('{0.missing}', (1,), {}),
                          ('{0:{1:{2:{3}}}}', (1, 2, 3, 4), {}), ('{0[}', (1,), {}),
                          ('{0:d}', ('s',), {}), ('{0.}', (1,), {}), ('{0[0]x}', ([1],), {}),
                          ('{0[a}', ({},), {}), ('{0[]}', ([1],), {})]:
    try:
        print(f.vformat(bad, args, kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(f.convert_field(3, None), f.convert_field('x', 'r'), f.convert_field('é', 'a'), f.convert_field(4, 's'))
print(f.get_field('0.real', (3,), {}), f.get_field('a[0]', (), {'a': 'xyz'}), f.get_value(0, (9,), {}))
print(f.format_field(3.5, '08.2f'), f.check_unused_args(set(), (), {}))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        return '[' + super().format_field(value, spec) + ']'


s = Strict()
print(s.format('{a} {b!u} {0}', 'zero', a=1, b='bee'))
print(s.format('{missing}'))
try:
    s.format('{a}', a=1, extra=2)
except ValueError as e:
    print('ValueError', e)
print(string.Formatter().format('{0:>{width}}', 'r', width=5))
print('Formatter' in string.__all__)
