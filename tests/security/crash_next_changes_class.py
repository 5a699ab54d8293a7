# expect: ok
# stdout: 3
class It:
    n = 0
    def __iter__(self): return self
    def __next__(self):
        It.n += 1
        if It.n > 3:
            It.__next__ = None
            raise StopIteration
        return It.n
print(len(list(It())))
