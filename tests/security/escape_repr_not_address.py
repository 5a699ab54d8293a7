# expect: ok
# stdout: ok
# sandbox: repr of objects does not reveal aligned host addresses
objs = [object() for _ in range(64)]
addrs = [int(repr(o).rsplit(' ', 1)[1].rstrip('>'), 16) for o in objs]
print('ok' if any(a % 16 for a in addrs) else 'ALIGNED')
