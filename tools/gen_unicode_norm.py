#!/usr/bin/env python3
"""Generate src/core/unicode_norm_tables.h: the normalization data (NFC,
NFD, NFKC, NFKD and unicodedata.decomposition / combining) from CPython
3.13's own answers, as tools/gen_unicode.py does for the other properties.

Run from the repository root with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 tools/gen_unicode_norm.py

Tables (read by src/core/unicode_norm.c, which serves both the unicodedata
module and the tokenizer's NFKC of identifiers):
  * decomp_*: the single-level decomposition of every code point that has
    one (unicodedata.decomposition: a tag, 0 for canonical, and up to 18 code
    points); Hangul syllables have none there and are decomposed
    algorithmically.  Full NFD / NFKD forms come from applying these
    mappings repeatedly (canonical ones only for NFD); the generator checks
    that this gives CPython's normalize() for every code point and bounds
    the explicit stack it needs.
  * a three-level table (as in tools/gen_unicode.py) code point -> record
    of (canonical combining class, flags): has a canonical decomposition,
    has any decomposition (Hangul syllables included), may be the second of
    a composition pair.  It gives combining() in O(1) and lets most code
    points skip the searches of the decomposition and composition tables.
  * comp_*: canonical composition pairs (first << 21 | second -> composite),
    exactly the two-code-point canonical decompositions that CPython's NFC
    recomposes (composition exclusions and singletons left out).
"""
import os, sys, unicodedata as ud

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if sys.version_info[:2] != (3, 13) or ud.unidata_version != "15.1.0":
    sys.exit('gen_unicode_norm.py must run under CPython 3.13 (unicodedata 15.1.0)')

TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>", "<compat>"]
S_BASE, S_COUNT = 0xAC00, 11172
L_BASE, V_BASE, T_BASE, V_COUNT, T_COUNT = 0x1100, 0x1161, 0x11A7, 21, 28
STACK = 32      # UNI_NORM_STACK in unicode_norm.c
FULL_MAX = 18   # UNI_DECOMP_MAX in unicode_norm.h


def hangul(c):
    return S_BASE <= c < S_BASE + S_COUNT


decomp = {}     # cp -> (tag index, [cps])
for c in range(0x110000):
    d = ud.decomposition(chr(c))
    if not d:
        continue
    assert not hangul(c)
    parts = d.split()
    tag = 0
    if parts[0].startswith('<'):
        tag = TAGS.index(parts[0])
        parts = parts[1:]
    cps = [int(x, 16) for x in parts]
    assert 0 < len(cps) <= FULL_MAX and all('%04X' % x == p for x, p in zip(cps, parts))
    decomp[c] = (tag, cps)

max_stack = 0


def full(c, compat):
    """The explicit-stack expansion of unicode_norm.c."""
    global max_stack
    out, stack = [], [c]
    while stack:
        x = stack.pop()
        if hangul(x):
            s = x - S_BASE
            out += [L_BASE + s // (V_COUNT * T_COUNT), V_BASE + s % (V_COUNT * T_COUNT) // T_COUNT]
            if s % T_COUNT:
                out.append(T_BASE + s % T_COUNT)
            continue
        d = decomp.get(x)
        if d and (compat or d[0] == 0):
            stack.extend(reversed(d[1]))
            max_stack = max(max_stack, len(stack))
        else:
            out.append(x)
    return out


for c in range(0x110000):
    if 0xD800 <= c < 0xE000:
        continue
    for form, compat in (('NFD', False), ('NFKD', True)):
        got = full(c, compat)
        assert ''.join(map(chr, got)) == ud.normalize(form, chr(c)), hex(c)
        assert len(got) <= FULL_MAX
assert max_stack <= STACK


pairs = []
for c, (tag, cps) in decomp.items():
    if tag == 0 and len(cps) == 2 and ud.normalize('NFC', chr(cps[0]) + chr(cps[1])) == chr(c):
        assert ud.combining(chr(cps[0])) == 0, hex(c)   # only starters compose
        pairs.append(((cps[0] << 21) | cps[1], c))
pairs.sort()

# Flag bits; must match unicode_norm.c.
NF_CANON, NF_DECOMP, NF_SECOND = 1, 2, 4
seconds = {k & ((1 << 21) - 1) for k, _ in pairs}
seconds.update(range(V_BASE, V_BASE + V_COUNT))
seconds.update(range(T_BASE + 1, T_BASE + T_COUNT))
recs, rec_index, per_cp = [], {}, []
for c in range(0x110000):
    f = 0
    d = decomp.get(c)
    if d or hangul(c):
        f |= NF_DECOMP
        if hangul(c) or d[0] == 0:
            f |= NF_CANON
    if c in seconds:
        f |= NF_SECOND
    rec = (ud.combining(chr(c)), f)
    if rec not in rec_index:
        rec_index[rec] = len(recs)
        recs.append(rec)
    per_cp.append(rec_index[rec])
assert len(recs) < 256
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_unicode import split_three_level, c_type_for
total, s1, s2, top, mid, leaf = split_three_level(per_cp)

keys = sorted(decomp)
offs, data = [], []
for c in keys:
    tag, cps = decomp[c]
    offs.append(len(data) << 10 | tag << 5 | len(cps))
    data.extend(cps)
assert len(data) < (1 << 22)


def arr(ctype, name, items, per=12):
    rows = [', '.join(items[i:i + per]) for i in range(0, len(items), per)]
    return 'static const %s %s[%d] = {\n    %s\n};\n' % (ctype, name, len(items), ',\n    '.join(rows))


out = ['''/* unicode_norm_tables.h: GENERATED by tools/gen_unicode_norm.py from CPython %s
 * (unicodedata %s).  Do not edit.  Included only by unicode_norm.c.
 * decomp_offs[i] = offset << 10 | tag << 5 | count into decomp_data for the
 * code point decomp_keys[i]; uni_norm_leaf[uni_norm_mid[uni_norm_top[cp >>
 * (S1 + S2)] << S1 | (cp >> S2) & mask1] << S2 | cp & mask2] is the index
 * of the code point's class and flags;
 * comp_keys: sorted first << 21 | second, comp_vals: the composites. */
#ifndef ASP_UNICODE_NORM_TABLES_H
#define ASP_UNICODE_NORM_TABLES_H
''' % (sys.version.split()[0], ud.unidata_version)]
out.append('static const char uni_decomp_tags[%d][11] = {%s};\n'
           % (len(TAGS), ', '.join('"%s"' % t for t in TAGS)))
out.append(arr('uint32_t', 'uni_decomp_keys', ['0x%X' % k for k in keys]))
out.append(arr('uint32_t', 'uni_decomp_offs', ['0x%X' % o for o in offs]))
out.append(arr('uint32_t', 'uni_decomp_data', ['0x%X' % x for x in data]))
out.append('#define UNI_NORM_SHIFT1 %d\n#define UNI_NORM_SHIFT2 %d\n' % (s1, s2))
out.append(arr('uint8_t', 'uni_norm_ccc', [str(r[0]) for r in recs], 16))
out.append(arr('uint8_t', 'uni_norm_flags', [str(r[1]) for r in recs], 16))
out.append(arr(c_type_for(max(top))[0], 'uni_norm_top', [str(x) for x in top], 24))
out.append(arr(c_type_for(max(mid))[0], 'uni_norm_mid', [str(x) for x in mid], 24))
out.append(arr(c_type_for(max(leaf))[0], 'uni_norm_leaf', [str(x) for x in leaf], 24))
out.append(arr('uint64_t', 'uni_comp_keys', ['0x%XULL' % k for k, _ in pairs], 6))
out.append(arr('uint32_t', 'uni_comp_vals', ['0x%X' % v for _, v in pairs]))
out.append('\n#endif\n')
with open(os.path.join(ROOT, 'src/core/unicode_norm_tables.h'), 'w') as f:
    f.write('\n'.join(out))
print('decompositions %d (%d code points), records %d, index %d bytes (shifts %d/%d), '
      'pairs %d, max stack %d; bytes %d'
      % (len(keys), len(data), len(recs), total, s1, s2, len(pairs), max_stack,
         8 * len(keys) + 4 * len(data) + 2 * len(recs) + total + 12 * len(pairs)))
