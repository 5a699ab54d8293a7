# traceback's frame-list functions: extract_tb, format_tb, print_tb,
# walk_tb, extract_stack, format_stack, format_list, StackSummary,
# FrameSummary, and TracebackException.stack.
import io
import sys
import traceback


def inner(x):
    return {"a": 1}[x]


def middle(x):
    return inner(x) + 1


def outer():
    try:
        middle("b")
    except KeyError as e:
        return e


e = outer()
tb = e.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.name, fs.lineno, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
    filename, lineno, name, line = fs
    print("  unpacked:", filename == __file__, lineno, name, line)
print(summary[0] == (__file__, 17, "outer", "middle(\"b\")"), summary[0][2], len(summary[0]))
print(repr(summary[1]).replace(__file__, "FILE"))
print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"), end="")
print("".join(traceback.format_tb(tb, limit=1)).replace(__file__, "FILE"), end="")
print("".join(traceback.format_tb(tb, limit=-1)).replace(__file__, "FILE"), end="")
print([lineno for _, lineno in traceback.walk_tb(tb)])
print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 9, "h", None)]))
buf = io.StringIO()
traceback.print_tb(tb, limit=2, file=buf)
sys.stderr, saved = buf, sys.stderr
traceback.print_list(summary[-1:])   # to sys.stderr
sys.stderr = saved
print(buf.getvalue().replace(__file__, "FILE"), end="")

# the stack as seen from a nested call
def show_stack():
    for fs in traceback.extract_stack():
        print("stack:", fs.name, fs.lineno, fs.line)
    text = "".join(traceback.format_stack(limit=2))
    print(text.replace(__file__, "FILE"), end="")
    print(len(traceback.extract_stack(limit=1)), traceback.extract_stack(limit=1)[0].name)


def caller():
    show_stack()


caller()
[show_stack() for _ in range(1)]

# TracebackException.stack
te = traceback.TracebackException.from_exception(e)
print([fs.name for fs in te.stack], te.stack[-1].line)

# recursion is collapsed as in a printed traceback
def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)


try:
    rec(8)
except ValueError as err:
    lines = traceback.format_tb(err.__traceback__)
    print(len(lines), lines[-2].strip())

fs = traceback.FrameSummary("x.py", 5, "fn", line="  a = b  ")
print(fs.line, fs.end_lineno, fs.colno, fs.locals, fs == ("x.py", 5, "fn", "a = b"))
print(traceback.StackSummary.from_list([fs]).format())
