# Finalizers and weak-reference callbacks also run after automatic
# collections, while the program keeps running, without gc.collect().
import gc, weakref

deaths = 0
callbacks = 0


class Mortal:
    def __init__(self, payload):
        self.payload = payload

    def __del__(self):
        global deaths
        deaths += 1


def on_death(wr):
    global callbacks
    callbacks += 1


class Plain:
    pass


watch = []
for i in range(3000):
    m = Mortal([i] * 20)
    if i % 20 == 0:
        p = Plain()
        p.data = "x" * 200
        watch.append(weakref.ref(p, on_death))
m = p = None
# every Mortal but none of the watched refs is alive now; a collection
# finds the rest
gc.collect()
print(deaths, callbacks, len(watch), sum(w() is None for w in watch))

# a finalizer that raises does not stop the loop
class Faulty:
    def __init__(self):
        self.buf = [0] * 50

    def __del__(self):
        raise KeyError("ignored")


import sys


class Sink:
    def __init__(self):
        self.n = 0

    def write(self, s):
        if s.startswith("Exception ignored"):
            self.n += 1

    def flush(self):
        pass


sink = Sink()
sys.stderr = sink
for i in range(300):
    Faulty()
gc.collect()
sys.stderr = sys.__stderr__
print(sink.n)
