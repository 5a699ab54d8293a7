# re: str/bytes subclasses and bytearray subjects: result types
import re
class S(str): pass
class B(bytes): pass
m = re.match('(a)b', S('abc'))
print(type(m.group()).__name__, type(m.string).__name__, re.findall('a', S('aa')), type(re.findall('a', S('aa'))[0]).__name__)
print(re.sub('a', 'x', S('aa')), type(re.sub('a', 'x', S('aa'))).__name__, re.split('a', S('bab')))
print(re.findall(b'a', B(b'aa')), type(re.match(b'a', B(b'a')).group()).__name__)
print(re.sub(b'a', b'x', bytearray(b'aa')), re.findall(b'a', bytearray(b'aa')), re.split(b'a', bytearray(b'bab')))
print(type(re.sub('z', 'x', S('aa'))).__name__, type(re.sub(b'z', b'x', bytearray(b'aa'))).__name__)
print(re.sub('a', lambda m: 'y', S('aa')), type(re.sub('a', lambda m: 'y', S('aa'))).__name__)
