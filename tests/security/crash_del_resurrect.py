# expect: ok
# stdout: done
keep = []
class A:
    def __del__(self):
        keep.append(self)
a = A()
del a
for _ in range(3):
    keep.clear()
print('done')
