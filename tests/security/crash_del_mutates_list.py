# expect: ok
# stdout: ok
x = []
class A:
    def __del__(self):
        x.append(A)
        x.clear()
for i in range(100):
    x.append(A())
    x.pop()
x.clear()
print('ok')
