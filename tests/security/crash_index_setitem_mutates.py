# expect: exception IndexError
x = list(range(10))
class I:
    def __index__(self):
        x.clear()
        return 5
x[I()] = 1
