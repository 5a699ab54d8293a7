# strip family, replace, removeprefix/removesuffix, expandtabs
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("z", "Z"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("banana".replace("an", ""), "x".replace("x", "xx"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
print("a\tb\tc".expandtabs(4), "ab\tc".expandtabs(), repr("\t".expandtabs(3)))
text = "the cat sat on the mat"
print(text.replace("the", "a"), text.replace(" ", ""))
print("  multiple   spaces  ".split(), " ".join("  multiple   spaces  ".split()))
print("Hello".swapcase(), "ß".upper() if False else "straße".casefold())
trans = str.maketrans("abc", "xyz")
print("aabbcc".translate(trans))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}) == {97: "1"})
print("tab\there".replace("\t", "->"))
print("CamelCaseString".replace("C", "_c").lstrip("_"))
s2 = "...dots..."
print(s2.strip("."), s2.lstrip("."), s2.rstrip("."))
print("www.example.com".strip("cmowz."))
print("a-b-c".replace("-", "+", 0), "a-b-c".replace("-", "+", -1))
