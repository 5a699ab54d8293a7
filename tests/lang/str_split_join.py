# str.split, rsplit, splitlines, join
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("a b c d".split(None, 2))
print("a b c d".rsplit(None, 2))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "aXbXc".split("X"))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\n".splitlines(True))
print("".splitlines(), "no newline".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join([]))
print(" ".join(str(i) for i in range(5)))
print("=".join(("k", "v")), "\n".join(["two", "lines"]))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
words = "one two three two one".split()
print(words, len(words))
print("/".join(reversed("usr/local/bin".split("/"))))
print("k1=v1;k2=v2".split(";"), dict(p.split("=") for p in "k1=v1;k2=v2".split(";")))
print("a\tb\tc".split("\t"), "a\x0bb\x0cc".split())
print("1,2,3".split(",", 0), "1,2,3".split(",", -1))
print("mississippi".split("ss"), "mississippi".rsplit("i", 2))
print(",".join(map(str, [1.5, None, True])))
