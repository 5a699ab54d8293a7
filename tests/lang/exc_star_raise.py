# except*: exceptions raised in handlers are combined with the unhandled rest
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__ + repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e), "ctx:", repr(e.__context__) if not isinstance(e.__context__, BaseExceptionGroup) else "group")

def run(fn):
    try:
        fn()
    except BaseException as e:
        show(e)
    else:
        print("no exception")
    print("--")

def one_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
run(one_raise)

def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")
run(two_raise)

def raise_all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        pass
run(raise_all_handled)

def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise ExceptionGroup("new", [RuntimeError("r")])
run(raise_group_in_handler)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e
run(raise_from)

def raise_caught_self():
    # raising the caught subgroup explicitly changes its traceback: a new raise
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run(raise_caught_self)

def nested_handlers():
    try:
        try:
            raise ExceptionGroup("inner", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise ZeroDivisionError("z")
    except* ZeroDivisionError as z:
        print("outer got", [type(x).__name__ for x in z.exceptions])
    except* TypeError as t:
        print("outer got", [type(x).__name__ for x in t.exceptions])
run(nested_handlers)

def handler_error_inside_try():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        print("handler continues")
run(handler_error_inside_try)
