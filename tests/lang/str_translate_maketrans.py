# str.translate / str.maketrans in every form, casefold, expandtabs
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

t('m1', lambda: sorted(str.maketrans({'a': 'b', 'c': None, 100: 'D'}).items()))
t('m2', lambda: sorted(str.maketrans('abc', 'xyz').items()))
t('m3', lambda: sorted(str.maketrans('ab', 'xy', 'z!').items()))
t('m len', lambda: str.maketrans('abc', 'xy'))
t('m key', lambda: str.maketrans({'ab': 1}))
t('m keytype', lambda: str.maketrans({1.5: 1}))
t('m one str', lambda: str.maketrans('abc'))
t('m nondict', lambda: str.maketrans([('a', 'b')]))
t('m 2 nonstr', lambda: str.maketrans('a', 1))
t('m empty', lambda: str.maketrans('', ''))
t('m instance', lambda: 'q'.maketrans('a', 'b'))
s = 'hello, world! abc'
t('t1', lambda: s.translate(str.maketrans('lo', '01')))
t('t2', lambda: s.translate(str.maketrans('', '', 'lo ')))
t('t3', lambda: s.translate({ord('h'): 'HH', ord('e'): None, ord('w'): 0x1F600}))
t('t4', lambda: s.translate({}))
t('t5', lambda: s.translate([None] * 100 + ['X'] * 50))
t('t6', lambda: 'abc'.translate({97: 1.5}))
t('t7', lambda: 'abc'.translate({97: 0x110000}))
t('t8', lambda: 'abc'.translate({97: -1}))
t('t9', lambda: 'aé€'.translate({233: 'e', 8364: 'EUR'}))
class M:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        if k == 99:
            raise ValueError('boom')
        return k + 1
t('t10', lambda: 'aab'.translate(M()))
t('t11', lambda: 'abc'.translate(M()))
t('t12', lambda: 'abc'.translate(5))
for w in ['Straße', 'ǅ', 'ΣΑΣ', 'ﬁ', 'İ', 'ß'.upper(), 'ŉ', 'ΐ', 'Ⅻ', 'AbC']:
    print(repr(w), repr(w.casefold()), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.swapcase()), repr(w.capitalize()))
for tabs in ['a\tb', '\t', 'ab\tcd\tef', '1234567\t8', '12345678\t9', 'a\nb\tc', 'a\r\tb', '\t\t', 'x\ty\tz']:
    print(repr(tabs.expandtabs()), repr(tabs.expandtabs(4)), repr(tabs.expandtabs(0)), repr(tabs.expandtabs(1)), repr(tabs.expandtabs(-3)))
t('et kw', lambda: 'a\tb'.expandtabs(tabsize=3))
t('et float', lambda: 'a\tb'.expandtabs(2.0))
