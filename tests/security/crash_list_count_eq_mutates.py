# expect: ok
# stdout: 0
class E:
    def __eq__(self, o):
        x.clear()
        return False
x = [1, 2, 3]
print(x.count(E()))
