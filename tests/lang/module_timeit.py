# timeit: Timer with string and callable statements, setup, globals, repeat, autorange.
import timeit

ticks = [0.0]


def fake_timer():
    ticks[0] += 0.125
    return ticks[0]


counter = {"n": 0}


def bump():
    counter["n"] += 1


t = timeit.Timer("bump()", timer=fake_timer, globals=globals())
print(t.timeit(10), counter["n"])
print(t.repeat(3, 5), counter["n"])
print(timeit.Timer(bump, timer=fake_timer).timeit(4), counter["n"])
t2 = timeit.Timer("acc.append(y)", setup="acc = []; y = 2", timer=fake_timer)
print(t2.timeit(3))
steps = [0]


def growing_timer():
    steps[0] += 1
    return steps[0] ** 2 / 64


calls = []
print(timeit.Timer(bump, timer=growing_timer).autorange(lambda n, s: calls.append((n, s))), calls)
print(timeit.timeit("x = 1", number=100, timer=fake_timer), timeit.repeat("x = 1", repeat=2, number=10, timer=fake_timer))
print(timeit.Timer(setup=bump, timer=fake_timer).timeit(2) > 0, counter["n"])
for bad in [("return",), (5,), ("pass", 5)]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
try:
    timeit.Timer("1/0", timer=fake_timer).timeit(1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat,
      isinstance(timeit.timeit("pass", number=10), float))
print("inner" in timeit.Timer("pass").src, timeit.Timer("a\nb", setup="a=b=1").timeit(1) >= 0)
