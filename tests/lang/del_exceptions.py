# Exceptions raised in __del__ and in weak reference callbacks do not
# propagate: they are written to sys.stderr as "Exception ignored in: ...".
import gc, sys, weakref


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def mask(s):
    out, i = [], 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0x?")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def show(text):
    # the file name differs with the directory the test runs from
    for line in mask(text).splitlines():
        if line.startswith('  File "'):
            line = '  File "...' + line[line.index('", line'):]
        print("|", line)


class Bad:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        raise ValueError("bad %d" % self.n)


class E(Exception):
    pass


class Worse:
    def __init__(self):
        self.me = self

    def __del__(self):
        helper(self)


def helper(obj):
    e = E("from helper")
    e.add_note("a note is not shown")
    try:
        {}["missing"]
    except KeyError:
        raise e


cap = Capture()
old = sys.stderr
sys.stderr = cap
b = Bad(1)
del b
gc.collect()
w = Worse()
del w
gc.collect()


def cb(ref):
    raise RuntimeError()


class Obj:
    pass


o = Obj()
o.me = o
r = weakref.ref(o, cb)
del o
gc.collect()
sys.stderr = old
print("program continues")
show("".join(cap.parts))

# the exception state of the program is not disturbed
try:
    raise KeyError("outer")
except KeyError:
    b = Bad(2)
    b = None
    sys.stderr = cap
    cap.parts.clear()
    gc.collect()
    sys.stderr = old
    print("inside handler:", sys.exc_info()[1])
show("".join(cap.parts))
