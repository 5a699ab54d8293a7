# operators on user classes implementing container-ish set semantics
class Bag:
    def __init__(self, *items): self.items = sorted(items)
    def __repr__(self): return f"Bag{tuple(self.items)}"
    def __or__(self, o):
        if not isinstance(o, Bag): return NotImplemented
        return Bag(*sorted(set(self.items) | set(o.items)))
    def __and__(self, o):
        if not isinstance(o, Bag): return NotImplemented
        return Bag(*sorted(set(self.items) & set(o.items)))
    def __xor__(self, o): return Bag(*sorted(set(self.items) ^ set(o.items)))
    def __sub__(self, o): return Bag(*sorted(set(self.items) - set(o.items)))
    def __ror__(self, o):
        if isinstance(o, set): return Bag(*sorted(o | set(self.items)))
        return NotImplemented
    def __ior__(self, o):
        self.items = sorted(set(self.items) | set(o))
        return self
    def __le__(self, o): return set(self.items) <= set(o.items)
    def __lt__(self, o): return set(self.items) < set(o.items)
    def __eq__(self, o): return isinstance(o, Bag) and self.items == o.items
    def __contains__(self, x): return x in self.items
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
x, y = Bag(1, 2, 3), Bag(2, 3, 4)
print(x | y, x & y, x ^ y, x - y, {9} | x, x <= y, Bag(2) < x, x == Bag(3, 2, 1), 2 in x, len(x), list(x))
try:
    x | {1}
except TypeError as e:
    print("TypeError", e)
z = x
z |= [7, 8]
print(z, z is x)
# builtin set operators with custom iterables
print({1, 2} | set(x), {1, 2}.union(x), frozenset(x) & {3}, set(y) - {2})
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
try:
    {1} - x
except TypeError as e:
    print("TypeError", e)
print({1, 2}.issubset(x), {1}.isdisjoint(y), sorted({1}.symmetric_difference(x)))
# dict views with custom iterables
d = {1: "a", 2: "b"}
print(d.keys() & x, d.keys() | y, d.keys() - x, d.items() & {(1, "a")})
