# 'in' and 'not in' semantics for built-in containers with custom elements
class Eq:
    def __init__(self, tag): self.tag = tag
    def __eq__(self, o):
        print(f"{self.tag}.__eq__({getattr(o, 'tag', o)})"); return getattr(o, "tag", o) == self.tag
    def __hash__(self): return hash(self.tag)
print(Eq("a") in [1, Eq("b"), Eq("a")])
print(Eq("x") in (Eq("y"),))
print("a" in [Eq("a")])
print(Eq("k") in {"k": 1})
print(Eq("s") in {Eq("s")})
print(Eq("n") not in [Eq("n")])
# identity check first
e = Eq("same")
print(e in [e], e in (e,), e in {e})
# str containment is substring, bytes too
print("bc" in "abcd", "" in "x", b"b" in b"abc", 98 in b"abc")
try:
    1 in "abc"
except TypeError as err:
    print("TypeError", err)
try:
    "a" in b"abc"
except TypeError as err:
    print("TypeError", err)
# dict/set containment requires hashable
try:
    [] in {}
except TypeError as err:
    print("TypeError", err)
try:
    [] in set()
except TypeError as err:
    print("TypeError", err)
print([] in [[]], {} in [{}], [1] in ([1],))
# range containment with non-ints uses equality iteration
class AlmostTwo:
    def __eq__(self, o): return o == 2
print(AlmostTwo() in range(5), 2.0 in range(5), 2.5 in range(5), True in range(2))
# dict views
d = {"a": 1}
print("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
try:
    ([], 1) in d.items()
    print("unhashable tuple in items: False")
except TypeError as err:
    print("TypeError", err)
