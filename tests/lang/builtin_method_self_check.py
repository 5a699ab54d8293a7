# unbound methods of built-in types refuse a first argument of another type
# (their C code reads it with the type's layout)
calls = [
    lambda: str.upper(5),
    lambda: list.__len__(5),
    lambda: list.append(1, 2),
    lambda: int.__new__(str),
    lambda: dict.__getitem__([], 1),
    lambda: tuple.count("abc", "a"),
    lambda: set.add(frozenset(), 1),
    lambda: bytes.hex("ab"),
    lambda: float.hex(1),
    lambda: dict.keys(None),
]
for f in calls:
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(str.upper("ab"), list.__len__([1]), int.__new__(int, 5), dict.__getitem__({1: 2}, 1))
class L(list):
    pass
print(list.__len__(L([1, 2])), list.append(L(), 3))
