# re: typical program uses: parsing logs, emails, dates, URLs, CSV-ish lines, templates
import re

log = """2024-01-15 10:23:45 ERROR [db] Connection failed: timeout after 30s
2024-01-15 10:24:01 INFO [web] GET /index.html 200 1532
2024-01-15 10:24:02 WARNING [web] slow response 2.5s
2024-01-16 08:00:00 INFO [cron] job 'backup' done"""
pat = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
for m in pat.finditer(log):
    print(m['date'], m['level'], m['src'], repr(m['msg']))
print(len(pat.findall(log)), [m.group('level') for m in pat.finditer(log) if m['level'] != 'INFO'])
emails = 'contact: john.doe@example.com, jane_s+tag@mail.co.uk; bad@, @bad.com'
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', emails))
print(re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', 'from 2024-01-15 to 2024-02-01'))
url = 'https://user:pw@www.example.com:8080/path/to/page.html?q=1&r=two#frag'
m = re.match(r'(?P<scheme>\w+)://(?:(?P<user>[^:@]+)(?::(?P<pw>[^@]*))?@)?(?P<host>[^:/]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?(?:#(?P<frag>.*))?', url)
print(m.groupdict())
print(dict(re.findall(r'(\w+)=(\w+)', m['query'])))
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', 'a,"b,c",d,"e,f"'))
def camel_to_snake(name):
    s = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', name)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s).lower()
print([camel_to_snake(n) for n in ['CamelCase', 'getHTTPResponseCode', 'HTTPServer', 'already_snake']])
print(re.sub(r'\{(\w+)\}', lambda m: {'name': 'World', 'n': '3'}.get(m.group(1), m.group(0)), 'Hello {name} x{n} {missing}'))
tokens = re.findall(r'\d+\.\d+|\d+|[-+*/()]|\w+', '3.14 * (radius + 2) / x1')
print(tokens)
print(re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '192.168.1.255') is not None,
      re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '256.1.1.1') is not None)
print(re.findall(r'#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b', 'colors: #fff #A0B1C2 #12345 #abc'))
words = re.findall(r"\b[a-z']+\b", "It's the cat's toy, isn't it? The cat!".lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))
print(re.sub(r'\s+', ' ', '  multiple   spaces\n\tand\ttabs  ').strip())
print(re.match(r'^\s*(#.*)?$', '   # comment') is not None, re.match(r'^\s*(#.*)?$', 'code # c') is not None)
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "hello \"world\"" and "bye"'))
print(re.sub(r'<[^>]+>', '', '<p>Hello <b>bold</b> world</p>'))
print(re.findall(r'(\w+)\s*:\s*("[^"]*"|\d+)', 'name: "Bob", age: 42, city : "Paris"'))
print(bool(re.fullmatch(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}', 'user@example.org')))
print(re.split(r'[.!?]\s*', 'One. Two! Three? Four'))
print(re.sub(r'(?m)^', '> ', 'line1\nline2\nline3'))
print(re.findall(r'(?m)^(\w+):', 'key1: v\nkey2: w\n  not: x'))
version = re.match(r'v?(\d+)\.(\d+)(?:\.(\d+))?(?:-(\w+))?', 'v3.12.1-beta')
print(version.groups(), tuple(int(x) for x in version.groups()[:3] if x))
