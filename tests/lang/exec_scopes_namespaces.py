# exec/eval namespaces: functions defined by exec see the exec globals, class bodies, comprehensions, separate locals
g = {'base': 100}
l = {}
exec('''
def add(x):
    return base + x
value = add(1)
class K:
    attr = 5
    doubled = attr * 2
squares = [i * i for i in range(4)]
''', g, l)
print(sorted(k for k in l), l['value'], l['K'].doubled, l['squares'], 'add' in g)
try:
    exec('def h():\n    return local_only\nlocal_only = 1\nresult = h()', {}, {})
except NameError as e:
    print('NameError', e)
ns = {}
exec('def h():\n    return shared\nshared = 2\nresult = h()', ns)
print(ns['result'])
print(eval('base * 2', g), eval('[base + i for i in range(2)]', g))
def outer():
    captured = 'cap'
    def inner():
        return eval('captured')
    try:
        return inner()
    except NameError as e:
        return 'NameError: ' + str(e)
print(outer())
def outer2():
    captured = 'cap2'
    def inner():
        captured
        return eval('captured')
    return inner()
print(outer2())
code = compile('counter += 1', '<c>', 'exec')
state = {'counter': 0}
for _ in range(3):
    exec(code, state)
print(state['counter'])
print(eval('__name__', {'__name__': 'custom'}), eval('__builtins__ is not None'), 'x' not in eval('dir()', {}))
exec('import math as m2', ns)
print(ns['m2'].floor(3.7))
exec('global gv\ngv = "global set"', ns)
print(ns['gv'])
