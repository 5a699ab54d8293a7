# inspect.getsource / getsourcelines / getsourcefile of the program's own objects.
import functools
import inspect


def plain(x):
    # a comment inside
    if x:
        return 1

    return 2


@functools.lru_cache
def decorated(
        a,
        b=(1,
           2)):
    return a


class Outer:
    """Doc."""

    x = 1

    def method(self):
        return "m"

    class Inner:
        pass


square = lambda n: n * n


def with_string():
    s = """
not code
"""
    return s


for obj in [plain, decorated.__wrapped__, Outer, Outer.method, Outer().method, Outer.Inner, square,
            with_string]:
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(inspect.getsource(obj), end="---\n")
print(inspect.getsourcefile(plain).endswith("module_inspect_source.py"),
      inspect.getfile(plain) == __file__)
for bad in [len, 1]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__)
