# format mini-language for str, str.format, %-formatting
for spec in ["", "5", "<5", ">5", "^5", "*^6", ".1", "010", "é^7", ">3.2", "s", "<0"]:
    print(repr(spec), repr(format("hi", spec)), repr(format("\u0101bc", spec)))
for spec in ["=5", "+", " ", "#", "z", "d", ",", "_", ",s", "abc", "10.", "99999999999999999999", "<<<"]:
    try:
        format("hi", spec)
    except ValueError as e:
        print(repr(spec), e)
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("{0}{1}{0}".format("ab", "cd"), "{:{}{}}".format("x", ">", 4), "{0:{1}}".format("y", 5) + "|")
print("{0!s:>4}|{0!r:>6}|{0!a}".format("é"))
print("{x.imag}|{y[0]}{y[1]}|{z[key]}".format(x=2, y="AB", z={"key": "val"}))
print("{}{{}}{}".format(1, 2), "{:}".format("e"), "{0:}".format(3))
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:abc}".format(P()), format(P(), "xyz"), f"{P():q}", "{0}".format(P()))
name, n, f = "widget", 3, 2.5
print(f"{name!r} x{n:03d} = {n * f:8.3f}|{name:>{n*3}}|{name[1:4]}|{'%s' % name}")
print("%s|%r|%a|%5s|%-5s|%.2s" % ("é", "é", "é", "ab", "ab", "abc"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d" % (42, -42, 42, 42, -42, 42, 42, 7))
print("%x|%X|%#x|%#X|%o|%#o|%08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%f|%.2f|%e|%E|%g|%G|%10.3f|%-10.1e|%+.0f" % (3.14159, 2.675, 12345.678, 0.00012, 1e-5, 1e20, -1.5, 100.0, 2.5))
print("%c|%c|%%|%(a)s-%(b)05.1f" % (65, "z", ) if False else "%c|%c|%%" % (65, "z"), "%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%d" % 3.99, "%d" % True, "%x" % 2**70, "%d" % -2**65, "%.0f" % 0.5, "%.0f" % 1.5, "%5.1f%%" % 99.5)
for fmt, args in [("%", ()), ("%(a", {"a": 1}), ("%(a)s", 1), ("%y", 1), ("%s %s", 1), ("x", 1), ("%d", "x"), ("%x", 1.5),
                  ("%c", "ab"), ("%c", 0x110000), ("%*d", ("a", 1)), ("%f", "x")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("x" % {}, "x" % [], "%s" % {"a": 1})
