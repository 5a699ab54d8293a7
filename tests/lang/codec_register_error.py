# codecs.register_error / lookup_error and custom handlers
import codecs
def show(exc):
    print("handler got", type(exc).__name__, exc.start, exc.end, repr(exc.object[exc.start:exc.end]))
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("show", show)
print("a\xe9\xe8b\u20ac".encode("ascii", "show"))
print(b"a\xff\xfeb".decode("utf-8", "show"))
print(b"a\x00\xd8".decode("utf-16-le", "show"))
print(codecs.lookup_error("show") is show)

# resuming elsewhere: skip ahead, or go back (position counted from the end when negative)
codecs.register_error("skip2", lambda e: ("#", e.start + 2 if e.start + 2 <= len(e.object) else e.end))
print("a\xe9bcd".encode("ascii", "skip2"))
state = []
def once_back(e):
    state.append(e.start)
    if len(state) == 1:
        return ("[", -len(e.object) + e.start + 1)   # negative: from the end
    return ("]", e.end)
codecs.register_error("back", once_back)
print("xy\xe9z".encode("ascii", "back"), state)

# bytes replacement while encoding
codecs.register_error("bytes", lambda e: (b"\xff\xfe", e.end))
print("a\xe9b".encode("ascii", "bytes"), "a\ud800b".encode("utf-16-le", "bytes"))

# bad handler results
for name, fn in [("notuple", lambda e: "x"), ("short", lambda e: ("x",)), ("badpos", lambda e: ("x", "1")),
                 ("far", lambda e: ("x", 100)), ("bytesdec", lambda e: (b"x", e.end))]:
    codecs.register_error(name, fn)
    for op in [lambda: "\xe9".encode("ascii", name), lambda: b"\xff".decode("ascii", name)]:
        try:
            print(op())
        except (TypeError, IndexError) as e:
            print(type(e).__name__ + ":", e)
# unencodable replacement raises the original error
codecs.register_error("euro", lambda e: ("\u20ac", e.end))
for codec in ["ascii", "latin-1", "utf-8"]:
    try:
        print("\xe9\ud800".encode(codec, "euro"))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
# a handler may raise
def boom(e):
    raise RuntimeError("boom at %d" % e.start)
codecs.register_error("boom", boom)
try:
    "ab\xe9".encode("ascii", "boom")
except RuntimeError as e:
    print("RuntimeError:", e)
# built-in handlers by name
for n in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(n, codecs.lookup_error(n).__name__)
exc = UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "r")
print(codecs.ignore_errors(exc), codecs.replace_errors(exc), codecs.backslashreplace_errors(exc))
print(codecs.xmlcharrefreplace_errors(exc), codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError("ascii", b"a\xff\xfeb", 1, 3, "r")
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc), codecs.ignore_errors(dexc))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print("strict re-raised:", e)
try:
    codecs.lookup_error("nothing")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register_error("x", 42)
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.xmlcharrefreplace_errors(dexc)
except TypeError as e:
    print("TypeError:", e)
