# str.format / format_map: positional, keyword, attribute and index fields, conversions, nesting, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

class O:
    attr = 'A'
    lst = [10, 20]
    d = {'k': 'v', 1: 'one'}
    def __repr__(self):
        return 'O()'
    def __format__(self, spec):
        return 'O:' + spec
o = O()
t('pos', lambda: '{} {} {}'.format(1, 'x', None))
t('idx', lambda: '{1} {0} {1}'.format('a', 'b'))
t('kw', lambda: '{x}-{y}'.format(x=1, y=2))
t('attr', lambda: '{0.attr} {o.lst[1]} {o.d[k]} {o.d[1]}'.format(o, o=o))
t('index str key', lambda: '{0[k]}'.format({'k': 5}))
t('index int key', lambda: '{0[0]}{0[-1]}'.format('ab'))
t('conv', lambda: '{0!r} {0!s} {0!a} {1!r}'.format(o, 'é'))
t('conv spec', lambda: '{0!r:>8}|{0!s:<8}|'.format('x'))
t('nested', lambda: '{0:{1}{2}}|{0:>{w}.{p}f}'.format(3.14159, '>', 9, w=10, p=2))
t('format obj', lambda: '{0:xyz} {0}'.format(o))
t('escape', lambda: '{{}} {{{0}}} }}{{'.format(7))
t('auto then manual', lambda: '{}{1}'.format(1, 2))
t('manual then auto', lambda: '{0}{}'.format(1, 2))
t('missing pos', lambda: '{2}'.format(1))
t('missing kw', lambda: '{nope}'.format(a=1))
t('missing attr', lambda: '{0.nope}'.format(o))
t('bad conv', lambda: '{0!x}'.format(1))
t('single }', lambda: 'a}b'.format())
t('single {', lambda: 'a{b'.format())
t('unclosed', lambda: '{0'.format(1))
t('empty attr', lambda: '{0.}'.format(o))
t('bad index', lambda: '{0[}'.format([1]))
t('too deep', lambda: '{0:{1:{2}}}'.format(1, 2, 3))
t('format_map', lambda: '{a} {b[0]}'.format_map({'a': 1, 'b': [2]}))
class Dflt(dict):
    def __missing__(self, k):
        return '<' + k + '>'
t('format_map missing', lambda: '{a} {zz}'.format_map(Dflt(a=1)))
t('format_map positional', lambda: '{0}'.format_map({}))
t('format_map nondict', lambda: '{x}'.format_map(5))
t('int field name big', lambda: '{99999999999999999999}'.format(1))
t('spaces', lambda: '{ 0}'.format(1))
t('format kwargs dict', lambda: '{0}{a}'.format(*[1], **{'a': 2}))
t('unicode name', lambda: '{é}'.format(**{'é': 'ok'}))
t('fill braces', lambda: '{:{{}}>5}'.format(1))
t('conversion !r with fill', lambda: '{!r:*^9}'.format('ab'))
t('no args', lambda: '{}'.format())
t('str.format unbound', lambda: str.format('{}-{}', 1, 2))
