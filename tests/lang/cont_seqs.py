# tuple, range, slice and the built-in iterators
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3, 2)
print(t, (1,), (), t[::-1], t[1:3], t * 2, t + (4,), t.index(2), t.index(2, 2), t.count(2), 2 in t, len(t))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2.0))
err(lambda: t.index(9))
err(lambda: t[9])
err(lambda: t + [1])
err(lambda: hash(([],)))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * x for x in range(4)))

r = range(0, 20, 3)
print(r, len(r), list(r), r[2], r[-1], r[1:4], r[::-1], r[::2], 9 in r, 10 in r, r.index(9), r.count(9), 9.0 in r)
print(range(5), range(-5), list(range(5, 0, -2)), list(reversed(range(5))), list(reversed(range(0, 10, 4))), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5))
print(range(2 ** 70)[-1], 2 ** 69 in range(2 ** 70), range(2 ** 70)[::2 ** 68])
print(hash(range(3)) == hash(range(0, 3, 1)), range(3) != range(4), bool(range(0)), bool(range(1)), range(True), range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
err(lambda: range(1, 2, 0))
err(lambda: range())
err(lambda: range(1.5))
err(lambda: r[100])
err(lambda: r.index(4))
err(lambda: len(range(2 ** 70)))

sl = slice(1, 10, 2)
print(sl, slice(5), slice(None), sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(sl == slice(1, 10, 2), sl != slice(1, 10), "abcdefghij"[sl], [0, 1, 2, 3, 4, 5][slice(-2, None)])
err(lambda: slice(1, 2, 0).indices(3))
err(lambda: slice(1, 2).indices(-1))
err(lambda: [1, 2]["a":])

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate([], 2 ** 70)), list(enumerate("x", 2 ** 70)))
print(list(zip("abc", range(10))), list(zip()), list(zip([1], strict=True)), list(zip("ab", "cd", strict=True)))
err(lambda: list(zip([1], [1, 2], strict=True)))
err(lambda: list(zip([1, 2], [1], strict=True)))
err(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(3))))
err(lambda: reversed(5))
err(lambda: reversed({1, 2}))
err(lambda: map(len))
err(lambda: filter(None))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), list(iter(Seq())))
vals = [1, 2, 3, 0, 5]
it = iter(lambda: vals.pop(0), 0)
print(list(it), vals, list(it))
li = iter([1, 2])
print(next(li), next(li), next(li, "end"), next(li, "end"))
lst = [1, 2, 3]
rit = reversed(lst)
print(next(rit))
lst.clear()
print(list(rit))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({1})).__name__, type(iter({})).__name__, type(reversed([])).__name__, type(reversed(())).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
# generic aliases (annotations are evaluated at definition time)
def ann(xs: list[int], m: dict[str, list[int]]) -> tuple[int, ...]:
    return tuple(xs)
class A:
    pass
print(ann([1, 2], {}), list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], list[A])
print(list[int] == list[int], list[int] == list[str], list[int]([1, 2]), list[int].__origin__, list[int].__args__, type(list[int]))
