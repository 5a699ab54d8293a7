"""Generates test_str_cases.h for test_str.c: each case is evaluated by
CPython 3.13 here (run with PYTHONHASHSEED=0 so that str/bytes hashes use the
all-zero SipHash key the C test also uses) and the C test checks that asp
gives the same repr (or the same 'ExcType: message').

    PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3 tests/unit/gen_str_cases.py > tests/unit/test_str_cases.h
"""
import os, sys
assert os.environ.get('PYTHONHASHSEED') == '0', 'run with PYTHONHASHSEED=0'
assert sys.version_info[:2] == (3, 13)

def cstr(b):
    out = []
    for c in b:
        if c in (34, 92): out.append('\\' + chr(c))
        elif 32 <= c < 127 and c != 63: out.append(chr(c))
        else: out.append('\\%03o' % c)
    return '"' + ''.join(out) + '"'

def cval(v):
    if v is None: return 'V_NONE'
    if v is True: return 'V_TRUE'
    if v is False: return 'V_FALSE'
    if isinstance(v, int) and abs(v) >= 2**47: return 'int_from_text(r, "%d", %d, 10)' % (abs(v), len(str(abs(v)))) if v > 0 else 'int_neg(r, int_from_text(r, "%d", %d, 10))' % (-v, len(str(-v)))
    if isinstance(v, int): return 'v_small(%dLL)' % v
    if isinstance(v, float): return 'v_from_double(%s)' % ('INFINITY' if v == float('inf') else repr(v))
    if isinstance(v, str):
        b = v.encode('utf-8', 'surrogatepass')
        return 'S(r, %s, %d)' % (cstr(b), len(b))
    if isinstance(v, bytes): return 'B(r, %s, %d)' % (cstr(v), len(v))
    if isinstance(v, bytearray): return 'BA(r, %s, %d)' % (cstr(bytes(v)), len(v))
    if isinstance(v, tuple): return 'tuple_pack(r, %d%s)' % (len(v), ''.join(', ' + cval(x) for x in v))
    if isinstance(v, list): return 'L(r, %d%s)' % (len(v), ''.join(', ' + cval(x) for x in v))
    if isinstance(v, dict):
        return 'D(r, %d%s)' % (len(v), ''.join(', %s, %s' % (cval(k), cval(x)) for k, x in v.items()))
    if isinstance(v, range): return 'range_new(r, %s, %s, %s)' % (cval(v.start), cval(v.stop), cval(v.step))
    if isinstance(v, slice): return 'slice_new(r, %s, %s, %s)' % (cval(v.start), cval(v.stop), cval(v.step))
    raise TypeError(v)

def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

cases = []
def M(recv, name, *args, **kw):
    before = (cval(recv), [cval(x) for x in args] + [cval(x) for x in kw.values()])   # recv may be mutated
    cases.append(('m', before, name, args, kw, outcome(lambda: getattr(recv, name)(*args, **kw))))
def OP(op, a, b):
    import operator
    fn = {'getitem': operator.getitem, 'add': operator.add, 'mul': operator.mul, 'mod': operator.mod,
          'contains': lambda x, y: operator.contains(y, x), 'lt': operator.lt, 'eq': operator.eq,
          'le': operator.le, 'gt': operator.gt, 'ne': operator.ne}[op]
    cases.append(('op', op, a, b, outcome(lambda: fn(a, b))))
def F(fn, *args, **kw):
    f = {'format': format, 'repr': repr, 'hash': hash, 'len': len, 'list': lambda x: list(x),
         'str': str, 'bytes': bytes, 'bytearray': bytearray, 'ascii': ascii}[fn]
    cases.append(('f', fn, args, kw, outcome(lambda: f(*args, **kw))))

# ---- core
for s in ['', 'a', 'abc', "it's", 'say "hi"', 'both \' and "', '\t\n\r\x00\x7f\x80\xff', 'é', '\u0101x', '\U0001F600', '\ud800', 'a\\b', '\u200b\u2028']:
    F('repr', s); F('hash', s); F('len', s); F('list', s); F('ascii', s)
for b in [b'', b'a', b'ab', b'hello world, this is long', b"it's", b'\x00\xff"\'']:
    F('repr', b); F('hash', b); F('len', b); F('list', b)
F('hash', 'h\xe9'); F('hash', '\u0101'); F('hash', '\U00010000'); F('hash', 'abc\u0101'); F('hash', 'x' * 40 + '\U00010000')
s = 'hello, world'
for k in [0, 5, -1, -12, 12, 100, slice(None, None, -1), slice(2, 8), slice(-3, None), slice(None, None, 2), slice(10, 2, -3), slice(100, 200), 'a', 1.5, True]:
    OP('getitem', s, k)
for k in [0, -1, 3, slice(1, 3), slice(None, None, -1), 'x']:
    OP('getitem', b'abc', k); OP('getitem', bytearray(b'abc'), k)
OP('getitem', '\u0101bc\U0001F600', 3); OP('getitem', '\u0101bc\U0001F600', slice(1, None)); OP('getitem', '\u0101bc', slice(1, None))
for a, b in [('ab', 'cd'), ('', 'x'), ('é', '\u0101'), ('a', 1), ('ab', 3), ('ab', -1), ('ab', 0), ('\u0101', 3), (3, 'ab'), ('x', 2.0)]:
    OP('add', a, b); OP('mul', a, b)
for a, b in [(b'ab', b'cd'), (b'ab', bytearray(b'cd')), (bytearray(b'ab'), b'cd'), (b'ab', 'cd'), (b'ab', 3), (bytearray(b'x'), 2)]:
    OP('add', a, b); OP('mul', a, b); OP('eq', a, b); OP('lt', a, b)
for a, b in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('ab', 'a'), ('\u0101', 'z'), ('é', '\u0101'), ('a', 1)]:
    OP('lt', a, b); OP('eq', a, b); OP('le', a, b); OP('gt', a, b); OP('ne', a, b)
for a, b in [('', 'abc'), ('b', 'abc'), ('bc', 'abc'), ('x', 'abc'), ('\u0101', 'a\u0101'), (1, 'abc'), (98, b'abc'), (b'bc', b'abc'), (300, b'abc'), ('a', b'abc')]:
    OP('contains', a, b)
# constructors
F('str'); F('str', 5); F('str', 'x'); F('str', b'abc'); F('str', b'abc', 'utf-8'); F('str', b'\xff', 'utf-8')
F('str', b'\xff', 'latin-1'); F('str', b'\xe9t\xe9', encoding='latin1'); F('str', 'x', 'utf-8'); F('str', 5, 'utf-8')
F('str', b'a\xffb', 'utf-8', 'replace'); F('str', b'a\xffb', 'ascii', 'ignore'); F('str', b'abc', 'koi9')
F('str', b'\xed\xa0\x80', 'utf-8'); F('str', b'\xe2\x82', 'utf-8'); F('str', b'\xc3(', 'utf-8'); F('str', b'a\xf0\x9f\x98\x80', 'utf-8')
F('str', b'\x80abc', 'utf-8', 'backslashreplace'); F('str', b'\x80abc', 'utf-8', 'surrogateescape')
F('bytes'); F('bytes', 3); F('bytes', [1, 2, 255]); F('bytes', [256]); F('bytes', 'abc'); F('bytes', 'abc', 'ascii'); F('bytes', -1)
F('bytes', 'é', 'utf-8'); F('bytes', 'é', 'ascii'); F('bytes', (65, 66)); F('bytes', bytearray(b'xy')); F('bytes', 1.5)
F('bytearray', b'abc'); F('bytearray', 2); F('bytearray', 'é', 'latin-1')
# ---- methods
for args in [(), (',',), (None, 1), (',', 1), ('',), (5,), (' ', 0)]:
    for s in ['a,b,,c', '  a  b c  ', '', ' ']:
        M(s, 'split', *args); M(s, 'rsplit', *args)
M('a b c', 'split', maxsplit=1); M('a b c', 'rsplit', maxsplit=1); M('a\u2003b', 'split')
M('a\nb\r\nc\rd\x0be\x85f\u2028', 'splitlines'); M('a\nb\r\n', 'splitlines', True); M('', 'splitlines'); M('x\n\n', 'splitlines', keepends=True)
M(',', 'join', ['a', 'b', 'c']); M('', 'join', ()); M('\u0101', 'join', ['x', 'y']); M(',', 'join', ['a', 1]); M(',', 'join', 5); M('-', 'join', 'abc')
for s in ['  abc  ', 'xxabcxx', '', '\u3000a\u3000']:
    M(s, 'strip'); M(s, 'lstrip'); M(s, 'rstrip'); M(s, 'strip', 'x'); M(s, 'rstrip', 'xc'); M(s, 'strip', None)
M('abc', 'strip', 5)
for a in [('a', 'X'), ('', '-'), ('a', 'X', 1), ('ab', ''), ('', '-', 2), ('z', 'y'), ('a', '\u0101'), (1, 'x')]:
    M('banana', 'replace', *a)
M('banana', 'replace', 'a', 'o', count=2)
for name in ['find', 'rfind', 'index', 'rindex', 'count']:
    for a in [('a',), ('na',), ('x',), ('',), ('a', 2), ('a', -2), ('a', 1, 3), ('', 6), ('', 7), ('a', None, 2), (1,)]:
        M('banana', name, *a)
    M(b'banana', name, b'an'); M(b'banana', name, 97); M(b'banana', name, b'a', 2); M(bytearray(b'banana'), name, b'x')
for name in ['startswith', 'endswith']:
    for a in [('ba',), ('na',), (('x', 'ba'),), ('an', 1), ('an', 1, 3), ('', 6), ('', 7), (5,), ((1,),), ('a', -1)]:
        M('banana', name, *a)
    M(b'banana', name, b'ba'); M(b'banana', name, (b'x', b'na')); M(b'banana', name, 'ba')
for s in ['hello World', 'ǅungla', 'straße', 'ΣΑΣ ΣΑΣ', 'ﬁne', 'İstanbul', 'ß', 'abc DEF ghi', "they're bill's", 'a1b2', '', 'ΑΣ.', '\u0101\u0100']:
    for m in ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isupper', 'islower', 'istitle']:
        M(s, m)
for s in ['', 'abc', 'ABC', 'a1', '123', '\u0663', '½', '²', ' \t', 'a b', '_x1', '1x', 'π', 'é', '\x00', 'ab\u2028', 'Ab', 'AB1']:
    for m in ['isdigit', 'isalpha', 'isalnum', 'isdecimal', 'isnumeric', 'isspace', 'isidentifier', 'isprintable', 'isascii']:
        M(s, m)
for s in ['abc', '']:
    for a in [(7,), (7, '*'), (2,), (8, '\u0101'), (6, 'ab'), (6, 1)]:
        M(s, 'center', *a); M(s, 'ljust', *a); M(s, 'rjust', *a)
for s in ['42', '-42', '+x', '', 'abc']:
    M(s, 'zfill', 5); M(s, 'zfill', 1)
M('a\tbc\tdef\n\tx', 'expandtabs'); M('a\tb', 'expandtabs', 4); M('a\tb', 'expandtabs', 0); M('a\tb', 'expandtabs', tabsize=2)
for a in [('a',), ('x',), ('',), ('an',), (3,)]:
    M('banana', 'partition', *a); M('banana', 'rpartition', *a)
for s in ['héllo', 'a\u20acb', 'x\ud800y', 'plain', '\U0001F600']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
            M(s, 'encode', enc, err)
M('x', 'encode', 'bogus-enc'); M('x', 'encode', errors='bogus'); M('é', 'encode', errors='bogus'); M('x\udc80y', 'encode', 'utf-8', 'surrogateescape')
M('abc', 'removeprefix', 'ab'); M('abc', 'removeprefix', 'x'); M('abc', 'removesuffix', 'bc'); M('abc', 'removesuffix', ''); M('abc', 'removeprefix', 1)
t = str.maketrans('abc', 'xyz', 'd')
M('abcdd', 'translate', t); M('abc', 'translate', {97: None, 98: 'BB', 99: 0x101}); M('abc', 'translate', {97: 1.5})
M('abc', 'translate', str.maketrans({'a': 'A'})); M('abc', 'translate', {97: 0x110000})
# bytes methods
for b in [b'  ab cd  ', b'a,b,,c']:
    M(b, 'split'); M(b, 'split', b','); M(b, 'rsplit', None, 1); M(b, 'strip'); M(b, 'strip', b' a'); M(b, 'upper')
    M(bytearray(b), 'split', b','); M(bytearray(b), 'upper'); M(b, 'replace', b'a', b'XY'); M(b, 'lstrip'); M(b, 'rstrip')
M(b',', 'join', [b'a', bytearray(b'b')]); M(b',', 'join', ['a']); M(b'abc', 'hex'); M(b'\x01\xff', 'hex', ':'); M(b'\x01\x02\x03', 'hex', '-', 2)
M(b'ABC', 'lower'); M(b'h\xc3\xa9', 'decode'); M(b'h\xe9', 'decode'); M(b'h\xe9', 'decode', 'latin-1'); M(b'h\xe9', 'decode', errors='replace')
M(b'', 'hex'); M(b'abc', 'replace', b'', b'-'); M(b'abc', 'startswith', 'a'); M(b'abc', 'find', 'a')
for m in ['isalpha', 'isdigit', 'isalnum', 'isspace', 'isascii', 'isupper', 'islower']:
    for b in [b'', b'abc', b'AB1', b' ', b'\xff']:
        M(b, m)
# format
for v, sp in [('hi', ''), ('hi', '5'), ('hi', '<5'), ('hi', '>5'), ('hi', '^5'), ('hi', '*^6'), ('hi', '.1'), ('hi', '010'), ('hi', '=5'),
              ('hi', '+'), ('hi', ' '), ('hi', '#'), ('hi', 'z'), ('hi', 'd'), ('hi', ',,'), ('hi', ',_'), ('hi', '_,'), ('hi', ',s'),
              ('hi', 'abc'), ('hi', '10.'), ('hi', '99999999999999999999'), ('hi', 'é^7'), ('hi', 's'), ('hi', '\u0101'), ('hi', ',d'),
              ('\u0101', '>3'), ('hi', '<<<'), ('hi', '_x'), ('abcdef', '.3s'), ('hi', 'x<'), ('hi', '\x00<4')]:
    F('format', v, sp)
for f, a in [('{} {}', ('a', 'b')), ('{1}{0}', ('a', 'b')), ('{0!r:>6}', ('a',)), ('{:{}}', ('a', 4)), ('{0[1]}', ('abc',)), ('{0.__class__}', ('a',)),
             ('{{}}', ()), ('{', ()), ('}', ()), ('{0', ()), ('{0!', ()), ('{0!x}', ('a',)), ('{0!r', ('a',)), ('{0!rr}', ('a',)),
             ('{0[}', ('a',)), ('{0[0]x}', ('a',)), ('{0.}', ('a',)), ('{} {0}', ('a',)), ('{0} {}', ('a',)), ('{5}', ('a',)),
             ('{a}', ()), ('{0:{1:{2}}}', ('a', 'b', 'c')), ('{!a}', ('é',)), ('{0:}}', ('a',)), ('x}}y{{', ()), ('{:s}', ('a',)),
             ('{00}', ('a',)), ('{0 }', ('a',)), ('{0[-1]}', ('abc',)), ('{0[a]}', ('abc',)), ('{:*^9}', ('é',)), ('{0.real}', ('a',))]:
    M(f, 'format', *a)
M('{a}-{b!r}', 'format', a='x', b='y'); M('{a}', 'format_map', {'a': 'v'}); M('{a}', 'format_map', {}); M('{}', 'format_map', {})
M('{0[k]}', 'format', {'k': 'v'})
for f, a in [('%s', 'x'), ('%s %s', ('a', 'b')), ('%r', 'é'), ('%a', 'é'), ('%5s|%-5s|', ('a', 'b')), ('%.2s', 'abc'), ('%c%c', ('x', 0x101)),
             ('%%', ()), ('%', ()), ('%(a)s', {'a': 'A'}), ('%(a', {'a': 1}), ('%(a)s', ('a',)), ('%y', 'x'), ('%s %s', 'x'), ('x', 'y'),
             ('x', ()), ('x', {'a': 1}), ('x', []), ('%s', ()), ('%s', ([1],)), ('%c', 'ab'), ('%c', 1.5), ('%*s', (4, 'a')),
             ('%-*s|', (4, 'a')), ('%s', ('é',)), ('%5.1s|', '\u0101bc')]:
    OP('mod', f, a)

# bytearray mutation sequences: each step shows the result and the object
seqs = []
def SEQ(init, steps):
    ba = bytearray(init)
    out = []
    for st in steps:
        name, args = st[0], st[1:]
        try:
            if name == 'setitem': ba[args[0]] = args[1]; res = None
            elif name == 'delitem': del ba[args[0]]; res = None
            elif name == 'iadd': ba += args[0]; res = None
            elif name == 'imul': ba *= args[0]; res = None
            else: res = getattr(ba, name)(*args)
            o = '%r %r' % (res, ba)
        except Exception as e:
            o = '%s: %s' % (type(e).__name__, e)
        out.append((name, args, o))
    seqs.append((init, out))
SEQ(b'hello', [('append', 33), ('extend', b'ab'), ('extend', [1, 2]), ('pop',), ('pop', 0), ('insert', 0, 72), ('insert', -1, 0),
               ('insert', 100, 1), ('remove', 108), ('remove', 200), ('reverse',), ('setitem', 0, 65), ('setitem', -1, 66),
               ('setitem', 100, 1), ('setitem', 0, 256), ('setitem', slice(1, 3), b'XYZ'), ('delitem', 0), ('delitem', slice(None, None, 2)),
               ('setitem', slice(None, None, 2), b'..'), ('setitem', slice(None, None, 2), b'abcdefgh'), ('delitem', slice(5, None)),
               ('iadd', b'!!'), ('iadd', bytearray(b'?')), ('iadd', 'x'), ('imul', 2), ('append', 'x'), ('append', 256), ('copy',),
               ('setitem', slice(0, 0), [1, 2, 3]), ('setitem', slice(1, 2), 'x'), ('delitem', slice(-1, -4, -1)), ('pop', 100),
               ('extend', 5), ('extend', 'ab'), ('setitem', 'a', 1), ('clear',), ('pop',), ('extend', range(3)), ('upper',), ('hex',)])

# dunder methods
for a in [('__eq__', 'ab'), ('__eq__', 1), ('__ne__', 'x'), ('__lt__', 'b'), ('__ge__', 1), ('__len__',), ('__getitem__', 1),
          ('__getitem__', slice(None, None, -1)), ('__contains__', 'a'), ('__contains__', 1), ('__add__', 'c'), ('__add__', 1),
          ('__mul__', 2), ('__mul__', 'x'), ('__rmul__', 3), ('__repr__',), ('__str__',), ('__mod__', ()), ('__rmod__', 'x'),
          ('__format__', '>4'), ('__format__', 4), ('__getnewargs__',)]:
    M('ab', *a)
for a in [('__eq__', b'ab'), ('__eq__', bytearray(b'ab')), ('__lt__', 'x'), ('__len__',), ('__getitem__', 0), ('__contains__', 97),
          ('__add__', b'c'), ('__add__', 1), ('__mul__', 2), ('__repr__',), ('__bytes__',), ('__getnewargs__',)]:
    M(b'ab', *a)
for a in [('__eq__', b'ab'), ('__len__',), ('__add__', b'c'), ('__mul__', 2), ('__repr__',), ('__iadd__', b'c'), ('__imul__', 2)]:
    M(bytearray(b'ab'), *a)

# more bytes methods and bytes % formatting
for f, a in [(b'%s', b'x'), (b'%s', 'x'), (b'%s', 5), (b'%b', bytearray(b'y')), (b'%r', 'x'), (b'%a', b'q'), (b'%c', 65), (b'%c', b'z'),
             (b'%c', 256), (b'%c', 'a'), (b'%d %x %5.2f', (1, 255, 2.5)), (b'%(a)s', {b'a': b'v'}), (b'%s', (b'a', b'b')), (b'%-4s|%4s', (b'a', b'b')),
             (bytearray(b'%s!'), b'x'), (b'%y', 1), ('%b', 1)]:
    OP('mod', f, a)
for b in [b'hel\tlo\nwo rld\r\n', b'-42', b'', b'ab cD']:
    for m, a in [('center', (7, b'*')), ('ljust', (5,)), ('rjust', (5, b'-')), ('zfill', (6,)), ('partition', (b'l',)), ('rpartition', (b'l',)),
                 ('capitalize', ()), ('title', ()), ('swapcase', ()), ('istitle', ()), ('expandtabs', (4,)), ('splitlines', ()),
                 ('splitlines', (True,)), ('translate', (None, b'l')), ('translate', (bytes.maketrans(b'he', b'HE'),)), ('center', (7, '*')),
                 ('center', (7, b'**')), ('partition', ('l',)), ('translate', (b'x',)), ('partition', (b'',))]:
        M(b, m, *a)
        M(bytearray(b), m, *a)
M(b'', 'maketrans', b'ab', b'cd'); M(b'', 'maketrans', b'ab', b'c')

# long needles (two-way search)
hay = 'abcabcabdabcabcabcabd' * 3 + '\u0101abcabcabd'
for nd in ['abcabcabd', 'abcabcabcabd', 'bcabdabcab', '\u0101abcabcab', 'zzzzzzzzz', 'abdabcabcabd']:
    for m in ['find', 'rfind', 'count', 'split', 'rsplit', 'partition', 'rpartition']:
        M(hay, m, nd)
    M(hay, 'replace', nd, '#'); M(hay, 'find', nd, 5, 40); M(hay, 'rfind', nd, 5, 40)
    M(hay.encode('utf-8'), 'find', nd.encode('utf-8')); M(hay.encode('utf-8'), 'rfind', nd.encode('utf-8')); M(hay.encode('utf-8'), 'count', nd.encode('utf-8'))
    OP('contains', nd, hay)

# integer and float conversions need the number helpers; kept apart
num_cases_start = len(cases)
for f, a in [('%d', 7), ('%d', -12), ('%d', 3.7), ('%d', 'x'), ('%i', True), ('%x', 255), ('%X', 255), ('%#x', -12), ('%o', 8), ('%#o', 8),
             ('%+.3d', 7), ('%05d', -3), ('%-5d|', 7), ('% d', 7), ('%x', 3.0), ('%e', 7), ('%f', 3.5), ('%05f', float('inf')),
             ('%g', 3.5), ('%#g', 7.0), ('%.2f', 2.675), ('%E', 1e100), ('%f', 'x'), ('%c', 65), ('%c', -1), ('%*d', (5, 1)),
             ('%.*f', (2, 1.5)), ('%*d', ('a', 1)), ('%d', 2**70), ('%x', -2**70)]:
    OP('mod', f, a)
for v, sp in [(5, ''), (5, 'd'), (5, '05'), (5, 'x<5'), (-5, '=+6'), (2.5, '^9.3f'), (True, ''), (True, 'd')]:
    F('format', v, sp)

print('/* generated by gen_str_cases.py from CPython %s: do not edit */' % sys.version.split()[0])
print('#define STR_NUM_CASES_START %d' % num_cases_start)
print('static void str_cases(Realm *r, int *fails, int *total) {')
for i, c in enumerate(cases):
    if c[0] == 'm':
        _, (crecv, cargs), name, args, kw, exp = c
        print('    { Value a[] = {%s}; check_m(r, %d, %s, "%s", a, %d, %s, %s, fails, total); }' % (
            ', '.join(cargs) or 'V_NULL', i, crecv, name,
            len(args), ('tuple_pack(r, %d%s)' % (len(kw), ''.join(', ' + cval(k) for k in kw))) if kw else 'V_NULL', cstr(exp.encode('utf-8', 'surrogatepass'))))
    elif c[0] == 'op':
        _, op, a, b, exp = c
        print('    check_op(r, %d, "%s", %s, %s, %s, fails, total);' % (i, op, cval(a), cval(b), cstr(exp.encode('utf-8', 'surrogatepass'))))
    else:
        _, fn, args, kw, exp = c
        print('    { Value a[] = {%s}; check_f(r, %d, "%s", a, %d, %s, %s, fails, total); }' % (
            ', '.join([cval(x) for x in args] + [cval(x) for x in kw.values()]) or 'V_NULL', i, fn, len(args),
            ('tuple_pack(r, %d%s)' % (len(kw), ''.join(', ' + cval(k) for k in kw))) if kw else 'V_NULL',
            cstr(exp.encode('utf-8', 'surrogatepass'))))
print('}')

print('static void ba_seqs(Realm *r, int *fails, int *total) {')
for i, (init, steps) in enumerate(seqs):
    print('    { Value ba = %s;' % cval(bytearray(init)))
    for k, (name, args, o) in enumerate(steps):
        print('      { Value a[] = {%s}; check_seq(r, %d, ba, "%s", a, %d, %s, fails, total); }' % (
            ', '.join(cval(x) for x in args) or 'V_NULL', i * 1000 + k, name, len(args), cstr(o.encode())))
    print('    }')
print('}')
