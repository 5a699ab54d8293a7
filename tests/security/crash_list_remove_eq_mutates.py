# expect: exception ValueError
class E:
    def __eq__(self, o):
        x.clear()
        return False
x = [1, 2, 3, 4]
x.remove(E())
