# Compiler: __static_attributes__ and __firstlineno__ (3.13).
class A:
    def __init__(self):
        self.b = 1
        self.a, self.c = 2, 3
        def inner():
            self.z = 1
    def m(self):
        self.b += 1
        for self.q in []: pass
print(A.__static_attributes__, A.__firstlineno__)
class E: pass
print(E.__static_attributes__)
