# expect: ok
# stdout: False
# stdout: 1
class K:
    h = 1
    def __hash__(self): return K.h
k = K()
d = {k: 1}
K.h = 2
print(k in d)
print(len(d))
