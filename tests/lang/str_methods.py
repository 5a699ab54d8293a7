# str methods
s = "  Hello, World! Hello!  "
print(s.strip(), "|", s.lstrip(), "|", s.rstrip(), "|", s.strip(" !H"), "|", "xxhixx".strip("x"))
print(s.split(), s.split(","), s.split("Hello"), s.split(None, 1), s.rsplit(None, 1), "a,b,,c".split(","), "a,b,,c".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "a b".split(maxsplit=0), "1<>2<>3".split("<>"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "x\u2028y\x1cz".splitlines())
print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(str(i) for i in range(4)), "+".join("abc"))
print(s.find("Hello"), s.rfind("Hello"), s.find("xyz"), s.index("World"), s.count("l"), s.count("Hello", 5), s.find("l", 5, 10))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"), "banana".replace("na", ""), "aaa".replace("a", "aa"))
print("banana".startswith("ban"), "banana".endswith("na"), "banana".startswith(("x", "b")), "banana".startswith("an", 1), "banana".endswith("an", 0, 4))
print("hello world".title(), "HELLO".lower(), "hello".upper(), "Hello World".swapcase(), "hELLO wORLD".capitalize(), "Straße".casefold())
print("straße".upper(), "ǅ".lower(), "ǆ".title(), "ΑΣ ΣΑΣ.".lower(), "ﬁx".upper(), "İ".lower(), len("İ".lower()))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "\u0663".isdecimal())
print(" \t\n".isspace(), "".isspace(), "ABC".isupper(), "abc".islower(), "Title Case".istitle(), "Not title".istitle(), "_id9".isidentifier(), "9id".isidentifier())
print("abc".isprintable(), "a\tb".isprintable(), "".isprintable(), "abc".isascii(), "é".isascii())
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "abc".center(2), "ab".center(5, "é"), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("a\tbc\tdef".expandtabs(), "a\tb".expandtabs(4), "12345678\tx".expandtabs(8))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "x".removeprefix("y"))
table = str.maketrans("abc", "xyz", "d")
print("abcdd-cab".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "b"}))
print("héllo wörld".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("h€llo".encode("ascii", "xmlcharrefreplace"), "h€llo".encode("latin-1", "backslashreplace"), "x\udc80y".encode("utf-8", "surrogateescape"))
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{name}={val:>4}".format(name="n", val=5), "{0[1]}{0[0]}".format("ab"), "{:{w}}|".format("z", w=3))
print("{a[k]}".format(a={"k": "v"}), "{!r}".format("q"), "{{literal}}".format(), "{0.real}".format(3), "{:,}".format(1234567), "{:_b}".format(255))
print("{x}".format_map({"x": 1}), format("abc", ">5"), format("abc", ".2"), format(3, "03d"), "{:%}".format(0.25))
for bad in ["{", "}", "{0", "{!x}", "{a}", "{0} {}", "{:d}"]:
    try:
        bad.format("v")
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
for bad_call in [lambda: "abc".index("z"), lambda: "a,b".split(""), lambda: ",".join(["a", 1]), lambda: "x".center(5, "ab"),
                 lambda: "abc".startswith(1), lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: "x".encode("nope")]:
    try:
        bad_call()
    except Exception as e:
        print(type(e).__name__, e)
