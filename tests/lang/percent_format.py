# printf-style % formatting
print("%s and %s" % ("a", "b"))
print("%d %i %5d %-5d| %05d" % (1, 2, 3, 4, 5))
print("%f %.2f %10.3f %-10.1f|" % (1.5, 2.345, 3.14159, 2.5))
print("%e %.3E" % (12345.678, 0.000123))
print("%g %g %g" % (1.0, 1e20, 0.00001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s" % ("str", "str"))
print("%c%c" % (72, "i"))
print("%%literal %d%%" % 50)
print("%(name)s is %(age)d" % {"name": "Al", "age": 7})
print("%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.*f" % (2, 3.14159))
print("%+d %+d % d" % (5, -5, 5))
print("%s" % None, "%d" % True, "%.1f" % 2)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%d" % 3.99, "%s" % 3.0, "%r" % 0.1)
print(b"%s-%d" % (b"bytes", 3))
