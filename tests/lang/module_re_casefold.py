# re: IGNORECASE equivalence of literals and classes over the code space
import re

chars = 'iIİıkKKsSſµΜμσςΣθϑϴΘǅǄǆßẞᾯᾧΩΩåÅÅβϐΒфφϕ'
for c in chars:
    lit = [x for x in chars if re.fullmatch(re.escape(c), x, re.I)]
    cls = [x for x in chars if re.fullmatch('[' + re.escape(c) + ']', x, re.I)]
    asc = [x for x in chars if re.fullmatch(re.escape(c), x, re.I | re.A)]
    print(c, ''.join(lit), ''.join(cls), ''.join(asc))
# a summary over a wide range: how many code points fold to another one
n_lit = n_cls = 0
for cp in range(0x41, 0x2200, 7):
    c = chr(cp)
    u, l = c.upper(), c.lower()
    for x in {u, l}:
        if len(x) == 1 and x != c:
            n_lit += bool(re.match(re.escape(c), x, re.I))
            n_cls += bool(re.match('[' + re.escape(c) + ']', x, re.I))
print(n_lit, n_cls)
print(re.findall(r'(?i)[a-z]+', 'ſtraKe İstanbul'), re.findall(r'(?i)[^a-z]+', 'ſK'))
print(re.sub(r'(?i)σ', '*', 'Σσς'), re.sub(r'(?i)[Σ]', '*', 'Σσς'))
