# str: literals, indexing, slicing, concatenation, comparison, iteration, repr
s = "hello, world"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::-1], s[::3], s[-5:-1], s[100:], repr(s[5:5]))
print(s + "!", s * 2, 3 * "ab", "x" * 0, "x" * -1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", "\u0101" > "é")
print("abc" == "abc", "abc" != "abd", "" == "", "a" in "cat", "at" in "cat", "" in "x", "dog" in "cat")
for ch in "héllo\u0101\U0001F600":
    print(ord(ch), end=" ")
print()
print(list("abc"), list(iter("xy")), len("\U0001F600"), len("naïve"))
words = []
for w in "the quick brown fox".split():
    words.append(w.capitalize())
print(" ".join(words))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnl\\"), repr("\x00\x7f\x80\xff"))
print(repr("\u200b\u2028 \U0001F600 é \ud800"), ascii("é\u0101\U0001F600"))
print(str(42), str(-1.5), str(None), str(True), str([1, "a"]), str(b"ab"), str("x"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
print(hash("") == 0, hash("abc") == hash("ab" + "c"), hash(b"abc") == hash("abc"), hash("\u0101") == hash("\u0101"[:]))
d = {"key": 1, "k" + "ey2": 2}
print(d["key"], d["key2"], "key" in d)
t = ""
for i in range(5):
    t += str(i)
print(t, t.isdigit(), int(t) + 1)
print("%s is %d years" % ("Bob", 42), "%-6s|%6s|" % ("l", "r"), "%.3s" % "abcdef", "%c%c" % (72, "i"), "100%%" % ())
print(f"{s!r:>20}|{3.14159:.2f}|{'x':*^5}|{255:#x}")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    k = "x"
    "abc"[k]
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 1.5
except TypeError as e:
    print("TypeError:", e)
