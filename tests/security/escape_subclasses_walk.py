# expect: ok
# stdout: no capability reachable
# sandbox: CPython reaches os.system through object.__subclasses__() and __init__.__globals__
seen = set()
todo = [object]
found = []
while todo:
    c = todo.pop()
    if c in seen:
        continue
    seen.add(c)
    try:
        todo.extend(type.__subclasses__(c))
    except TypeError:
        pass
    init = c.__dict__.get('__init__')
    g = getattr(init, '__globals__', None)
    if isinstance(g, dict):
        for k in ('system', 'popen', 'open', '__builtins__', 'sys', 'os'):
            if k in g:
                found.append((c.__name__, k))
print('no capability reachable' if not found else found)
