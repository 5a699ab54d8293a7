# expect: ok
# stdout: ok
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        src.clear()
        return False
src = {}
src[K()] = 1
src[K()] = 2
d = {K(): 0}
try:
    d.update(src)
except RuntimeError:
    pass
print('ok')
