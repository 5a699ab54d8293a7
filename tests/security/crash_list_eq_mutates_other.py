# expect: ok
# stdout: done
class E:
    def __eq__(self, o):
        b.clear()
        return True
a = [E(), E(), E()]
b = [1, 2, 3]
a == b
a < b if False else None
print('done')
