# expect: ok
# stdout: []
x = list(range(10))
class I:
    def __index__(self):
        x.clear()
        return 5
print(x[I():I()])
