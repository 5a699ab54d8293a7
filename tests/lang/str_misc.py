# string operations: concat, comparison, indexing, iteration, conversion
s = "Python"
print(s[0], s[-1], s[2:4], len(s), s + "3", s * 2)
print(list(s), tuple("ab"), set("aab") == {"a", "b"})
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
print(str(123), str(1.5), str([1, "a"]), str((1,)), str({"k": 1}))
print(ord("A"), chr(97), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600")
print("\x41\u0042\N{LATIN SMALL LETTER C}", "\101", "a\\b", r"raw\n", len("\n"))
print("tab\tend", "quote\"s", 'single\'s')
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print("".join(c for c in s if c.lower() not in "aeiou"))
print([c for c in "hello"], "".join(sorted("hello")), "".join(reversed("hello")))
print(s.encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
print(str(b"abc", "ascii"), repr(str(b"x")))
print(max("hello"), min("hello"), "hello".count("l"))
words = "the rain in spain".split()
print(sorted(words, key=len), max(words, key=len))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
print("%s" % "percent", "{}".format("fmt"), f"{'f'}")
n = "3"
print(int(n) + 1, n + "1", float("3.5") * 2)
print("multi" "part" "literal", ("paren"
      "thesized"))
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
