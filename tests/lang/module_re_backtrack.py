# re: backtracking correctness with nested quantifiers, alternation order, captures in loops
import re

cases = [
    (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(a+)(a+)', 'aaaa'),
    (r'(a+?)(a+)', 'aaaa'),
    (r'(a*)(a*)b', 'aaab'),
    (r'(a|b)*', 'abab'),
    (r'(a|b)*?b', 'aab'),
    (r'((a)|(b))*', 'ab'),
    (r'(?:(a)|(b))*', 'ab'),
    (r'(a*)+', 'aaa'),
    (r'(a*)*b', 'b'),
    (r'(a?){3}', 'aa'),
    (r'(a?)*?b', 'aab'),
    (r'(x+x+)+y', 'xxxxy'),
    (r'(.*)(\d+)', 'abc123'),
    (r'(.*?)(\d+)', 'abc123'),
    (r'(\w+)\s(\w+)\s\1', 'the cat the'),
    (r'([a-c]*)\1', 'abcabc'),
    (r'(a)|b(c)|d', 'bc'),
    (r'^(?:(\d+)|(\w+))$', 'abc'),
    (r'(a{2,3}){2}', 'aaaaa'),
    (r'(ab|a)(bc|c)', 'abc'),
    (r'((\w)\2)+', 'aabbcd'),
    (r'(?:a|b|c|d)+?d', 'abcd'),
    (r'(.)(?:(?!\1).)*\1', 'abcab'),
    (r'(\d+)(?:px|em)', '12em'),
    (r'a(?:b|c)*d', 'abcbcd'),
    (r'(a|ab)*c', 'abac'),
    (r'(?:a{0,2}){0,3}b', 'aaaaab'),
    (r'(\w+?)(\d*)$', 'abc123'),
]
for p, s in cases:
    m = re.search(p, s)
    print(repr(p), repr(s), m.span() if m else None, m.groups() if m else None)
print(re.match(r'(a+)+$', 'a' * 20 + 'b'))
print(re.match(r'(?:a|aa)+$', 'a' * 25))
print(re.fullmatch(r'(\w+\s?)*', 'many words here ' * 3) is not None)
print(len(re.match(r'(?:ab)*', 'ab' * 5000).group()))
print(len(re.match(r'(a|b)*c', 'ab' * 3000 + 'c').group()), re.match(r'(a|b)*c', 'ab' * 3000 + 'c').span(1))
print(len(re.findall(r'.', 'x' * 10000)), len(re.sub(r'x', 'yy', 'x' * 10000)))
