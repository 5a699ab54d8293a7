# bytes % formatting: every conversion, flags, width/precision, mappings, errors
print(b"%d %i %u" % (3, -3, 7), b"%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print(b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), b"%x" % -255, b"%#010x" % 255)
print(b"%e %E %f %F %g %G" % (1.5, 1.5, 1.5, 1.5, 1.5e20, 1.5e-20), b"%.0f %.2e %10.3f|" % (2.5, 12345.678, 3.14159))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%s %b" % (b"x", bytearray(b"y")), b"%s" % memoryview(b"mv"))
print(b"%r|%a" % ("\xe9", "\u20ac"), b"%r" % b"q", b"%a" % [1, "x"], b"%%|%s%%" % b"p")
print(b"%(a)s %(b)d %(a)s" % {b"a": b"A", b"b": 2}, b"%(x)r" % {b"x": 1.5})
print(b"%.3s|%10.4s|%-6s|" % (b"abcdef", b"abcdefg", b"ab"), b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%d") % 1).__name__)
print(b"%d %d" % (True, 2.9), b"%x" % True, b"%s" % (b"tuple-of-one",), b"no args" % ())
class B:
    def __bytes__(self):
        return b"BYTES"
class I:
    def __index__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
print(b"%s %b" % (B(), B()), b"%d %x %c" % (I(), I(), I()), b"%f" % F())
cases = [(b"%s", "str"), (b"%s", 3), (b"%b", [1]), (b"%d", b"x"), (b"%x", 1.5), (b"%c", 256), (b"%c", b"ab"),
         (b"%c", "a"), (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%z", 1), (b"%(a)s", (1,)), (b"%(a)s", {}),
         (b"%", ()), (b"%f", "x"), (b"%d", None), (b"%i", "1"), (b"x", b"y"), (b"%s %s", b"ab")]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s".__mod__(b"m"), b"%s".__rmod__(3), "text" % b"ignored-mapping")
try:
    b"%s".__rmod__(b"x")
except TypeError as e:
    print("TypeError:", e)
