# The gc module functions a sandboxed program may use.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()) is int, gc.collect() >= 0, type(gc.collect(0)) is int, type(gc.collect(generation=2)) is int)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.garbage, type(gc.callbacks) is list)
print(len(gc.get_count()))


class C:
    pass


c = C()
print(gc.is_finalized(c))

# collecting while disabled still works
gc.disable()


class D:
    def __del__(self):
        print("collected while disabled")


d = D()
del d
gc.collect()
gc.enable()

# lots of garbage: memory is reclaimed, programs keep running
total = 0
for i in range(2000):
    x = [C() for _ in range(20)]
    total += len(x)
print(total)
print(gc.collect() >= 0)
