# in-place operators on built-in sequences and their subclasses
l = [1]; alias = l
l += [2]; l *= 2
print(l, alias is l)
t = (1,); talias = t
t += (2,); t *= 2
print(t, talias, talias is t)
s = "a"; s *= 3; s += "b"
print(s)
b = bytearray(b"x"); balias = b
b += b"y"; b *= 2
print(b, balias is b)
d = {"a": 1}; dalias = d
d |= {"b": 2}
print(d, dalias is d)
st = {1}; stalias = st
st |= {2}; st &= {2, 3}; st ^= {4}; st -= {4}
print(st, stalias is st)
try:
    l *= "x"
except TypeError as e:
    print("TypeError", e)
try:
    t += [3]
except TypeError as e:
    print("TypeError", e)
try:
    d |= [("k", 1), ("j", 2)]
    print(sorted(d))
except TypeError as e:
    print("TypeError", e)
try:
    st |= [5]
except TypeError as e:
    print("TypeError", e)
class MyList(list):
    def __iadd__(self, o):
        print("MyList.__iadd__"); return super().__iadd__(o)
ml = MyList([1]); ml += [2]
print(ml, type(ml).__name__)
class MyTuple(tuple): pass
mt = MyTuple((1,)); mt += (2,)
print(mt, type(mt).__name__)
l2 = [0]; l2 *= 0
print(l2)
l3 = [1, 2]; l3 *= -1
print(l3)
