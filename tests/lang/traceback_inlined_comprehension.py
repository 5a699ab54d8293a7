# CPython 3.13 runs list, set and dict comprehensions in the enclosing
# frame (PEP 709): a traceback through one has no frame of its own for it.
# Generator expressions keep theirs.
import traceback


def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, names)
        for fs in traceback.extract_tb(e.__traceback__):
            print("  ", fs.name, fs.lineno, fs.line)


def div(x):
    return 1 / x


def in_list():
    return [div(x) for x in [1, 0]]


def in_set():
    return {div(x) for x in [1, 0]}


def in_dict():
    return {x: div(x) for x in [1, 0]}


def in_condition():
    return [x for x in [1, 0] if div(x)]


def nested():
    return [[div(y) for y in range(x, -1, -1)] for x in [2]]


def genexpr():
    return list(div(x) for x in [1, 0])


def comp_in_genexpr():
    return list([div(y) for y in [x]] for x in [1, 0])


def raise_in_comp():
    return [1 / 0 for _ in range(1)]


def reraise_after_comp():
    try:
        [div(x) for x in [0]]
    except ZeroDivisionError as e:
        raise e


def bare_reraise_after_comp():
    try:
        [div(x) for x in [0]]
    except ZeroDivisionError:
        raise


def caught_then_new():
    try:
        [div(x) for x in [0]]
    except ZeroDivisionError:
        [int(s) for s in ["x"]]


for fn in [in_list, in_set, in_dict, in_condition, nested, genexpr, comp_in_genexpr,
           raise_in_comp, reraise_after_comp, bare_reraise_after_comp, caught_then_new]:
    print(fn.__name__)
    show(fn)

# at module level too, and the final traceback printed by the interpreter
try:
    [div(x) for x in [0]]
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"), end="")
print({k: v for k, v in [(1, 2)]}, [x for x in "ab"])
[div(x) for x in [3, 0]]
