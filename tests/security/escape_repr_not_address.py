# expect: ok
# stdout: ok
# sandbox: repr of objects does not reveal aligned host addresses: the low
# bits of the shown addresses (and of id()) differ from object to object
objs = [object() for _ in range(64)]
addrs = [int(repr(o).rsplit(' ', 1)[1].rstrip('>'), 16) for o in objs]
ids = [id(o) for o in objs]
print('ok' if len({a % 16 for a in addrs}) > 1 and len({i % 16 for i in ids}) > 1
      and len(set(ids)) == len(ids) else 'ALIGNED')
