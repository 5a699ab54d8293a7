# expect: ok
# stdout: ok
x = [1, 2, 3]
def gen():
    for i in range(3):
        x.clear()
        yield i
x += gen()
print('ok')
