# __reversed__ and the sequence-protocol fallback
class R:
    def __reversed__(self): return iter("cba")
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return i * 2
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError", e)
class NoGet:
    def __len__(self): return 2
try:
    reversed(NoGet())
except TypeError as e:
    print("TypeError", e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError", e)
class RetList:
    def __reversed__(self): return [1, 2]
print(reversed(RetList()))
for x in [1, {1: 2}, {1}, iter([1])]:
    try:
        reversed(x)
    except TypeError as e:
        print("TypeError", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(range(1, 8, 3))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(b"ab")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
r = reversed(Seq())
print(r.__length_hint__(), next(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
l = [1, 2, 3]
r = reversed(l)
next(r); l.clear()
print(list(r))
class Neg:
    def __len__(self): return -1
    def __getitem__(self, i): return i
try:
    reversed(Neg())
except ValueError as e:
    print("ValueError", e)
try:
    reversed()
except TypeError as e:
    print("TypeError", e)
