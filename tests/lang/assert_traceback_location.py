# a failing assert statement's traceback entry points at its test expression (carets)
import traceback


def one(x):
    assert x == 3


def two(x):
    assert x > 10, f"too small: {x}"


def three(x):
    assert (x ==
            4), "multi-line test"


def four(items):
    assert items


for f, arg in ((one, 1), (two, 2), (three, 3), (four, [])):
    try:
        f(arg)
    except AssertionError:
        print(traceback.format_exc().replace(__file__, "FILE"))
