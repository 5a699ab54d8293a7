# center, ljust, rjust, zfill, partition, rpartition
print("[" + "ab".center(6) + "]", "[" + "ab".center(7) + "]", "[" + "abc".center(6, "*") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".ljust(5, ".") + "]")
print("[" + "toolong".center(3) + "]", "[" + "x".rjust(0) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 1.5), ("kiwi", 12.25), ("watermelon", 100.0)]
for name, price in table:
    print(name.ljust(12) + ("%.2f" % price).rjust(8))
print("|".join(s.center(5) for s in ["a", "bb", "ccc"]))
scheme, _, rest = "https://example.com/path".partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
head, sep, tail = "file.tar.gz".rpartition(".")
print(head, sep, tail)
print("abc" * 3, 3 * "-", "x" * 0, "y" * -1 == "")
print(len("ab".center(10)), "ab".center(10).index("a"))
