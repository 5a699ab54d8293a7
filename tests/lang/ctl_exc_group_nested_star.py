# except* with nested groups, raising new groups and re-raising
def tree(e, ind=0):
    if isinstance(e, BaseExceptionGroup):
        return " " * ind + f"{type(e).__name__}({e.message})\n" + "".join(tree(x, ind + 2) for x in e.exceptions)
    return " " * ind + f"{type(e).__name__}({e})\n"
try:
    try:
        raise ExceptionGroup("top", [ExceptionGroup("a", [ValueError(1), TypeError(2)]), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("V:"); print(tree(e), end="")
    except* TypeError as e:
        print("T:"); print(tree(e), end="")
except ExceptionGroup as rest:
    print("rest:"); print(tree(rest), end="")
# raising inside except* adds to the result group
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new from V handler")
    except* TypeError:
        raise IndexError("new from T handler")
except ExceptionGroup as e:
    print(tree(e), end="")
    print([type(x.__context__).__name__ for x in e.exceptions])
# raise e (not bare raise) inside except*
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as ve:
        raise ve
except ExceptionGroup as e:
    print(tree(e), end="")
# except* with a bare exception raised inside the try and re-raise
try:
    try:
        raise ValueError("bare")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("wrapped:", tree(e), end="")
# BaseExceptionGroup leftover
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("handled ValueError part")
except BaseExceptionGroup as e:
    print(type(e).__name__, [type(x).__name__ for x in e.exceptions])
# return/break/continue in except* are syntax errors
for src in ["def f():\n try: pass\n except* ValueError: return 1",
            "for x in []:\n try: pass\n except* ValueError: break",
            "for x in []:\n try: pass\n except* ValueError: continue",
            "try: pass\nexcept* (ValueError, ExceptionGroup): pass",
            "try: pass\nexcept*: pass"]:
    try:
        exec(src)
        print("ran")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    except TypeError as e:
        print("TypeError", e)
