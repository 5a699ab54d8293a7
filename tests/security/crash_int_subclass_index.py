# expect: ok
# stdout: c
class I(int):
    def __index__(self): return 0
print('abc'[I(2)])
