# expect: ok
# stdout: ok
class K:
    def __hash__(self):
        d.clear()
        return 1
d = {1: 1, 2: 2}
d[K()] = 3
print('ok')
