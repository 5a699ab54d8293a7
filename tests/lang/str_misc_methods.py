# less common str methods: format_map, count with ranges, splitlines kinds, join edge cases
print("{name} is {age}".format_map({"name": "Ann", "age": 5}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(Default(a="A")))
s = "abcabcabc"
print(s.count("abc", 1), s.count("abc", 0, 6), s.count("c", -3), s.find("c", 3, 5), s.index("b", 2))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines())
print("x".join([]), "x".join(["only"]), "".join(["a", "", "b"]), ", ".join("abc"))
print("hello world".title(), "hello-world foo_bar".title(), "they're".title())
print("  x  ".center(9, "."), "abc".ljust(2), "12".rjust(5, "0"), "-12".zfill(6), "+".zfill(3))
print("ab".isalnum(), "a b".isalnum(), "Ab".istitle(), "AB".istitle(), "a1".islower(), "1".islower())
print("tab\tsep".expandtabs(2), "a\tbc\tdef".expandtabs(4).replace(" ", "."))
print("%s|%s" % ("a".join("12"), "".join(reversed("xyz"))))
print("Mississippi".lower().count("ss"), "Mississippi".replace("ss", "SS", 1), "Mississippi".rindex("s"))
print("python".startswith("py", 0, 2), "python".endswith("on", 2), "python".startswith("th", 2))
print(str.join("-", ["a", "b"]), str.split("a b"), str.strip(" z "), str.upper("q"))
print("abc".translate(str.maketrans("", "", "b")), "hello".translate(str.maketrans("el", "ip")))
print("caseFOLD".casefold(), "ŉ".upper(), len("ŉ".upper()), "ﬃ".upper())
words = "  leading and trailing  ".split(" ")
print(words, len(words))
print("a-b-c".split("-", maxsplit=1), "a-b-c".rsplit("-", maxsplit=1), "a b".split(maxsplit=0))
print("%-5s|%5s|%05.1f|%x" % ("l", "r", 3.14159, 255))
print("first: {0}, again: {0}, second: {1}".format("A", "B"), "{0!r:>6}".format("q"))
print("{:>{w}.{p}f}".format(3.14159, w=8, p=2), "{:{}}|".format("x", 4))
