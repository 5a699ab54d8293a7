# string comparison, identity-free equality, ordering, in dict/set
words = ["banana", "apple", "Cherry", "apple pie", "app", "", "Apple", "b"]
print(sorted(words))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(min(words), max(words), "apple" < "apple pie", "app" < "apple", "" < "a")
print("a" < "B", "a".upper() < "B", "Z" < "a", "~" > "z", "é" > "z")
print("abc" == "abc", "abc" == "ABC".lower(), "abc" != "abd", "a" * 3 == "aaa")
s1 = "".join(["hel", "lo"])
s2 = "hello"
print(s1 == s2, hash(s1) == hash(s2), {s1: 1}[s2], s2 in {s1})
d = {}
for w in ["x", "y", "x", "z", "y", "x"]:
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted({"pear", "fig", "apple"}), len({"a", "a", "b"}))
print("abc" < "abd" < "abe", "abc" <= "abc", "b" > "abc", "10" < "9", 10 < 9)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1, "" == None, "None" == str(None))
print([c for c in "hello" if c > "h"], sorted("hello world", reverse=True)[:4])
print(ord(max("hello")), ord(min("hello")), "abc".__eq__("abc"), "abc".__lt__("abd"))
print("Straße".lower() == "straße", "straße".upper(), "ǲ".lower() == "ǳ")
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: (p[1], p[0])))
print(sorted(["a10", "a2", "a1", "b1"]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print("".join(sorted(set("mississippi"))), "mississippi".count("ssi"))
