# mutation during iteration of dicts, views and sets: the errors CPython raises and when
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

def dict_add():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
def dict_del():
    d = {1: 1, 2: 2}
    for k in d:
        del d[2]
def dict_replace_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
def values_add():
    d = {1: 1}
    for v in d.values():
        d['x'] = 2
def items_pop():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(1)
def keys_clear():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.clear()
def dict_modify_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] += 1
    return d
def reversed_add():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[3] = 3
def set_add():
    s = {1}
    for x in s:
        s.add(x + 1)
def set_remove():
    s = {1, 2}
    for x in s:
        s.discard(2 if x == 1 else 1)
def set_swap():
    s = {1, 2}
    for x in s:
        s.remove(x)
        s.add(x + 100)
def list_add():
    L = [1, 2, 3]
    out = []
    for x in L:
        if len(L) < 6:
            L.append(x * 10)
        out.append(x)
    return out
def list_remove():
    L = [1, 2, 3, 4]
    for x in L:
        L.remove(x)
    return L
for f in [dict_add, dict_del, dict_replace_keys, values_add, items_pop, keys_clear, dict_modify_values, reversed_add, set_add,
          set_remove, set_swap, list_add, list_remove]:
    t(f.__name__, f)
d = {1: 1}
it = iter(d)
d[2] = 2
t('stale iter', lambda: next(it))
d = {1: 1, 2: 2}
it = iter(d.items())
next(it)
del d[1]
d[1] = 1
t('stale items iter', lambda: list(it))
s = {1, 2}
it = iter(s)
s.add(3)
t('stale set iter', lambda: next(it))
