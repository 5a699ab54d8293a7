# expect: ok
# stdout: False
class E:
    def __eq__(self, o):
        x.clear()
        return False
x = [1, 2, 3]
print(E() in x)
