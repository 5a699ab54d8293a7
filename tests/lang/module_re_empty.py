# re: empty matches in findall, finditer, sub, split (CPython 3.7+ rules)
import re

for p in [r'', r'x*', r'\b', r'(?=a)', r'a|', r'|a', r'^', r'$', r'(?m)^', r'(?m)$', r'a?']:
    print(repr(p), re.findall(p, 'aa\nba'), re.sub(p, '-', 'aa\nba'), re.split(p, 'aa\nba'))
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])
print(re.sub(r'a*', 'x', 'baaac'))
print(re.subn(r'', '', 'abc'))
print(re.findall(r'(a)*', 'aab'))
print(re.split(r'(?<=,)', 'a,b,c'))
print(re.split(r'(\s*)', 'a b'))
