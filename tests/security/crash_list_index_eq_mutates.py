# expect: exception ValueError
class E:
    def __eq__(self, o):
        del x[:]
        return False
x = [1, 2, 3]
x.index(E())
