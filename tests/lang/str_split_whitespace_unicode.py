# str.split() with no separator over every Unicode whitespace kind, strip() of the same, isspace agreement
ws = ['\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0', '\u1680', '\u2000', '\u200a', '\u2028',
      '\u2029', '\u202f', '\u205f', '\u3000', '\u200b', '\ufeff', '\u180e']
for w in ws:
    s = f'a{w}b{w}{w}c'
    print(hex(ord(w)), w.isspace(), s.split(), len(s.strip(w + 'ac')), repr((w + 'x' + w).strip()), s.rsplit(None, 1))
print(''.join(ws).split(), len(''.join(ws).strip()), 'x\u3000y'.partition('\u3000'), '\u2028'.join('ab').splitlines())
