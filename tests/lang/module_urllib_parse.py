# urllib.parse: split/parse and their inverses, joins, result properties, quoting, query strings
import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          parse_qs, parse_qsl, urlencode, quote, quote_plus, unquote,
                          unquote_plus, quote_from_bytes, unquote_to_bytes)

def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except (ValueError, TypeError, UnicodeError) as e:
        return "%s: %s" % (type(e).__name__, e)

urls = [
    "HTTP://user:pw@Example.COM:8080/p/a;x=1/t.html;p?q=1&r=2#frag",
    "https://[::1]:443/x?y#z",
    "https://[fe80::1%25eth0]/",
    "ftp://ftp.example.org/pub/file.txt",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "//netloc/only/path",
    "/just/a/path?x=1",
    "relative/path;params",
    "path:8080",
    "http:80",
    "news:comp.lang.python",
    "  \t http://ex\nample.com/a\tb ",
    "http://a/b#",
    "http://a/b?",
    "tel:+1-816-555-1212;ext=1",
    "svn+ssh://host/repo",
    "1http://bad/scheme",
    "",
    "http://user@host",
    "http://:pw@host:/",
    "http://h:0/", "http://h:65535/",
]
for url in urls:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url))
    print(" ", p)
    print(" ", s)
    print(" ", p.username, p.password, p.hostname, attempt(lambda: p.port))
    print(" ", p.geturl(), "|", s.geturl(), "|", urlunparse(p), "|", urlunsplit(s))

for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[zz]/", "http://x[::1]/",
            "http://[::1]x/", "http://h:99999/", "http://h:port/", "http://h:-1/"]:
    r = attempt(urlsplit, bad)
    print(bad, r if isinstance(r, str) else attempt(lambda: r.port))

print(urlparse("path/x#f", allow_fragments=False), urlsplit("x", scheme="https"))
print(urlsplit("HTTP://H/p").scheme, urlsplit("a+b.c-d://h").scheme)
print(urlunsplit(('http', '', '/p', '', '')), urlunsplit(('', '', '//x', '', '')),
      urlunsplit(('http', '', 'p', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')),
      urlunsplit(('file', '', '', '', '')), urlunsplit(('', 'h', 'p', 'q', 'f')))
print(urlunparse(('http', 'h', '/p', 'a=1', 'q', 'f')), urlunparse(['', '', 'x', '', '', '']))

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x",
            "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https://other/x", "mailto:x"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("http://a/b/", "c", allow_fragments=False))
print(urljoin("mailto:a@b", "c"), urljoin("http://a", "b"), urljoin("http://a/b/c", "../../../x"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag("http://a/b;p?q#f").geturl())

# bytes
pb = urlparse(b"http://u:p@Host:81/x;y?z#w")
print(pb, pb.hostname, pb.port, pb.username, pb.password)
print(pb.decode(), urlparse("http://h/").encode(), urlsplit(b"//h/p").geturl())
print(urljoin(b"http://a/b/", b"c"), urldefrag(b"x#y"), urlunsplit((b"http", b"h", b"/", b"", b"")))
print(attempt(urljoin, "http://a/", b"x"), attempt(urlsplit, b"http://h/", "s"))
print(type(pb).__name__, isinstance(pb, tuple), pb._fields, len(pb))
print(urlsplit("http://a/b")._replace(netloc="z"), urlparse("http://a/b").path)

# quoting
for s in ["abc", "a b&c=d/e?f", "ümlaut €", "~_.-", "", "100%", "/path/with spaces/",
          "a+b", "\x00\x7f"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"),
          quote(s, safe="&= "))
print(quote("é", encoding="latin-1"), quote("é€", encoding="ascii", errors="replace"),
      attempt(quote, "é", encoding="ascii"))
print(quote(b"a b\xff"), quote_plus(b"a b/c"), quote_from_bytes(b"\x00ab/ c", safe=b"/ "),
      quote_from_bytes(bytearray(b"x y")), quote_from_bytes(b""))
print(attempt(quote_from_bytes, "str"), attempt(quote, b"x", encoding="utf-8"),
      attempt(quote, b"x", errors="strict"))
for s in ["abc", "a%20b", "%E2%82%AC", "%e2%82%ac", "%", "%2", "%zz", "100%25", "a+b",
          "%C3x%A9", "é%20é", "%ff", "%F0%9F%98%80"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%E9", encoding="latin-1"), repr(unquote("%ff", errors="ignore")),
      unquote(b"a%20b"), unquote_to_bytes(b"%41%4"), unquote_to_bytes(""))

# query strings
qs = "a=1&b=2&a=3&c=&d&e=%20x+y&f=%E2%82%AC&=empty"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs(b"x=1&y=%41+b"))
print(attempt(parse_qsl, "a=1&b", strict_parsing=True), attempt(parse_qsl, "a&&b=1", strict_parsing=True))
print(attempt(parse_qsl, "a=1&b=2&c=3", max_num_fields=2), parse_qsl("a=1&b=2", max_num_fields=2))
print(attempt(parse_qsl, "a=1", separator=""), parse_qsl("a=%ff", errors="strict" if False else "replace"))

print(urlencode({"a": 1, "b": "x y", "c": "é&"}))
print(urlencode([("a", [1, 2]), ("b", "s")]), urlencode([("a", [1, 2]), ("b", "s")], doseq=True))
print(urlencode({"k": b"by tes", b"bk": "v"}), urlencode({"p": "/x y"}, safe="/"))
print(urlencode({"p": "a b"}, quote_via=quote), urlencode({"t": (1, "x")}, doseq=True),
      urlencode({"n": 5, "g": iter([])}, doseq=True)[:3], urlencode([]), urlencode({}))
print(attempt(urlencode, "abc"), attempt(urlencode, [1, 2]), attempt(urlencode, 5))
print(urlencode({"e": "é"}, encoding="latin-1"))
