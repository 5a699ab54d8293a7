import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4, 3)
print(list(ts.static_order()))
ts = TopologicalSorter({'d': ['b', 'c'], 'c': ['a'], 'b': ['a'], 'e': []})
print(tuple(ts.static_order()))
ts = TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]})
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts))
ts = TopologicalSorter({'a': ['b'], 'b': []})
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active(), bool(ts))
ts.done('b')
print(ts.get_ready(), ts.is_active())
for errcase in range(7):
    ts = TopologicalSorter({'a': ['b'], 'b': []})
    try:
        if errcase == 0:
            ts.get_ready()
        elif errcase == 1:
            ts.prepare(); ts.prepare()
        elif errcase == 2:
            ts.prepare(); ts.add('c')
        elif errcase == 3:
            ts.prepare(); ts.done('zz')
        elif errcase == 4:
            ts.prepare(); ts.done('a')
        elif errcase == 5:
            ts.prepare(); ts.get_ready(); ts.done('b'); ts.done('b')
        elif errcase == 6:
            ts.is_active()
    except ValueError as e:
        print(errcase, type(e).__name__, e)
try:
    TopologicalSorter().done()
except ValueError as e:
    print(e)
for g in ({1: [2], 2: [3], 3: [1]}, {'a': ['a']}, {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]},
          {'x': ['y', 'z'], 'y': ['z'], 'z': ['w'], 'w': ['y']}):
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, str(e), isinstance(e, ValueError))
try:
    list(TopologicalSorter({1: [1]}).static_order())
except CycleError as e:
    print('cycle', e.args[1])
ts = TopologicalSorter()
ts.add('x')
ts.add('x', 'y')
ts.add('x', 'y')
print(list(ts.static_order()))
print(list(TopologicalSorter().static_order()))
deep = TopologicalSorter({i: [i + 1] for i in range(3000)})
print(list(deep.static_order())[:3])
deep = TopologicalSorter({i: [i + 1] for i in range(3000)} | {3000: [0]})
try:
    deep.prepare()
except CycleError as e:
    print(len(e.args[1]), e.args[1][:3], e.args[1][-2:])
try:
    TopologicalSorter().add([], 1)
except TypeError as e:
    print('TypeError', e)
print(TopologicalSorter[int], graphlib.__all__)
