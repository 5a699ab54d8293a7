# sys.displayhook and sys.excepthook (with __displayhook__/__excepthook__):
# the displayhook writes repr to the current sys.stdout and sets builtins._;
# a replaced excepthook receives an uncaught exception.
import io
import sys

print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
buf = io.StringIO()
sys.stdout = buf
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook("x")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()), _)
for args in [(), (1, 2)]:
    try:
        sys.displayhook(*args)
    except TypeError as e:
        print("TypeError", e)
    try:
        sys.excepthook(*args)
    except TypeError as e:
        print("TypeError", e)

sys.stderr = io.StringIO()
try:
    1 / 0
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
sys.excepthook(int, 5, None)
text = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(text.splitlines()[0], "|", text.splitlines()[-2], "|", text.splitlines()[-1])


def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb is v.__traceback__, tb.tb_lineno)


sys.excepthook = hook
raise ValueError("boom")
