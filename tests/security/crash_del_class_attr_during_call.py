# expect: ok
# stdout: 5
class C:
    def m(self):
        del C.m
        return 5
print(C().m())
