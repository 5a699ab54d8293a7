# Random inputs (fixed seed) for textwrap, difflib, shlex, fnmatch and pprint; the
# expected output is what CPython 3.13 prints for the same inputs.
import random, sys
import textwrap, difflib, shlex, fnmatch, pprint
R = random.Random(20261126)
N = 5
def rtext():
    alph = R.choice(["ab -", "abc de-f.!? \t\n", "x-y--z  a.b", "Hello world. Foo-bar baz!\t", "aaaa bbbbbbbbbbbb-cc ddd"])
    return ''.join(R.choice(alph) for _ in range(R.randint(0, 60)))
def call(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + str(e)
for it in range(N):
    t = rtext()
    kw = dict(width=R.randint(5, 25))
    for opt in ('break_on_hyphens', 'break_long_words', 'drop_whitespace', 'fix_sentence_endings', 'replace_whitespace', 'expand_tabs'):
        if R.random() < 0.3: kw[opt] = False if opt != 'fix_sentence_endings' else True
    if R.random() < 0.3: kw['max_lines'] = R.randint(1, 4)
    if R.random() < 0.3: kw['initial_indent'] = R.choice(['', '* ', '>>>'])
    if R.random() < 0.3: kw['subsequent_indent'] = R.choice(['', ' ', '  -'])
    if R.random() < 0.2: kw['placeholder'] = R.choice(['...', ' [..]', ''])
    print(call(textwrap.wrap, t, **kw))
    print(call(textwrap.shorten, t, **{'width': kw['width'] + 5}))
    d = ''.join(R.choice(['  ', '\t', ' ', 'a', '\n', 'b ']) for _ in range(R.randint(0, 20)))
    print(repr(textwrap.dedent(d)))
    al = [R.choice('abcde') * R.randint(1, 3) + '\n' for _ in range(R.randint(0, 12))]
    bl = [R.choice('abcdf') * R.randint(1, 3) + '\n' for _ in range(R.randint(0, 12))]
    for f in ('unified_diff', 'context_diff', 'ndiff'):
        n = R.randint(0, 3)
        kwd = {} if f == 'ndiff' else {'n': n}
        print(call(lambda: list(getattr(difflib, f)(al, bl, **kwd))))
    s1 = ''.join(R.choice('abcd ') for _ in range(R.randint(0, 120)))
    s2 = ''.join(R.choice('abce ') for _ in range(R.randint(0, 120)))
    junk = R.choice([None, lambda c: c == ' '])
    m1 = difflib.SequenceMatcher(junk, s1, s2, autojunk=R.random() < 0.5)
    print(m1.get_opcodes(), m1.ratio(), m1.quick_ratio(), list(m1.get_grouped_opcodes(2)))
    words = [''.join(R.choice('abcde') for _ in range(R.randint(1, 6))) for _ in range(20)]
    w = ''.join(R.choice('abcde') for _ in range(4))
    print(difflib.get_close_matches(w, words, R.randint(1, 5), R.random()))
    st = ''.join(R.choice(['a', 'b', ' ', '"', "'", '\\', '#', ';', '|', '&', '(', ')', '-', '\n', 'é', '=']) for _ in range(R.randint(0, 20)))
    for posix in (True, False):
        for comments in (True, False):
            print(call(shlex.split, st, comments, posix))
        for pc in (True, False, '|;'):
            l1 = shlex.shlex(st, posix=posix, punctuation_chars=pc)
            l1.whitespace_split = R.random() < 0.5
            print(call(list, l1))
    print(shlex.quote(st))
    pat = ''.join(R.choice(['a', 'b', '*', '?', '[', ']', '!', '-', 'z', '\\', '^', '.']) for _ in range(R.randint(0, 10)))
    print(repr(fnmatch.translate(pat)), [x for x in ('ab', 'a', 'zz', '[a]', 'b-a', '\\', '!') if fnmatch.fnmatchcase(x, pat)])
    def robj(d=0):
        k = R.randint(0, 9 if d < 3 else 4)
        if k == 0: return R.randint(-10**R.randint(1, 12), 10**6)
        if k == 1: return ''.join(R.choice('ab \n') for _ in range(R.randint(0, 40)))
        if k == 2: return R.choice([None, True, 1.5, b'xy' * R.randint(0, 20)])
        if k == 3: return R.random()
        if k == 4: return 'k' * R.randint(0, 8)
        if k == 5: return [robj(d + 1) for _ in range(R.randint(0, 6))]
        if k == 6: return tuple(robj(d + 1) for _ in range(R.randint(0, 4)))
        if k == 7: return {('k%d' % R.randint(0, 99)): robj(d + 1) for _ in range(R.randint(0, 5))}
        if k == 8: return set(R.randint(0, 50) for _ in range(R.randint(0, 8)))
        return frozenset(R.randint(0, 50) for _ in range(R.randint(0, 4)))
    o = robj()
    kw = dict(width=R.randint(1, 60), indent=R.randint(0, 4), compact=R.random() < 0.3, sort_dicts=R.random() < 0.7,
              underscore_numbers=R.random() < 0.2)
    if R.random() < 0.2: kw['depth'] = R.randint(1, 3)
    print(call(pprint.pformat, o, **kw))
