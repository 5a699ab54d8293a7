# find, rfind, index, rindex, count, startswith, endswith, in
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("zzz"), s.find("o", 5, 10))
print(s.rfind("hello"), s.rfind("o"), s.rfind("zzz"), s.rfind("o", 0, 5))
print(s.index("world"), s.rindex("l"))
try:
    s.index("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("nope")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 10))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.endswith("python"), s.endswith(("java", "python")), s.startswith(("x", "h")))
print(s.endswith("hello", 0, 5), "".startswith(""), "abc".endswith(""))
print("world" in s, "World" in s, "" in s, "," in s)
print(s.find(""), s.rfind(""), len(s))
print("abcabc".find("c", -2), "abcabc".find("a", -100), "abc".find("abcd"))
print("mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rfind("ss", 0, 5))
try:
    s.startswith(["hello"])
except TypeError as e:
    print("TypeError:", e)
positions = []
start = 0
while (i := s.find("o", start)) != -1:
    positions.append(i)
    start = i + 1
print(positions)
print("needle" not in "haystack", "stack" in "haystack")
