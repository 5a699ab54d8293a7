# expect: ok
# stdout: True
class E:
    def __eq__(self, o):
        global t
        t = None
        return True
t = (1, 2, 3)
print(E() in t)
