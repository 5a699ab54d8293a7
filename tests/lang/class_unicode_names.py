# classes with non-ASCII names keep their names through collections
class Ünïcödé:
    pass
class Größe(Ünïcödé):
    def __repr__(self):
        return "Größe()"
items = []
for i in range(3000):
    items.append([i, str(i) * 3, {i: (i,)}])
print(Ünïcödé.__name__, Größe.__name__, Größe.__mro__[1].__name__, repr(Größe()))
print(type(Größe()).__qualname__, len(items))
try:
    Größe().nope
except AttributeError as e:
    print(e)
try:
    Größe() + 1
except TypeError as e:
    print(e)
