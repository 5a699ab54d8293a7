# del on names, items, attributes, slices
a = 1
del a
try:
    a
except NameError as e:
    print(e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)

class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, "x"), c.y)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)

x, y, z = 1, 2, 3
del x, y
print(z)

items = [[1, 2], [3, 4]]
del items[0][1]
print(items)

def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())

try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
