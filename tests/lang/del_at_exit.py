# When the program ends, as CPython at interpreter exit: the live
# weakref.finalize objects with atexit set run (newest first), then the
# main module's names are cleared (single-underscore names first), which
# finalizes the objects they kept alive.  Weak reference callbacks do not
# run while the names are cleared.
import weakref, gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def note(msg):
    print("finalize:", msg)


_private = D("_private")
first = D("first")
second = D("second")
cyc = D("cycle")
cyc.me = cyc
holder = D("holder")
holder.inner = [1, 2]
kept = D("kept by finalize args")
f1 = weakref.finalize(first, note, "first")
f2 = weakref.finalize(second, note, "second")
f3 = weakref.finalize(holder, note, "holder")
f3.atexit = False
f4 = weakref.finalize(second, note, kept.name)
f4.detach()
w = weakref.ref(second, lambda r: print("callback: never at exit"))

garbage = D("garbage already")
garbage.me = garbage
garbage = None
gc.collect()
print("end of program")
