# expect: ok
# stdout: ok
# sandbox: ids are not host addresses (not aligned like heap pointers)
objs = [object() for _ in range(64)]
ids = [id(o) for o in objs]
assert len(set(ids)) == 64
# host heap pointers are 8/16-aligned; masked ids are not all aligned
print('ok' if any(i % 16 for i in ids) else 'ALIGNED')
