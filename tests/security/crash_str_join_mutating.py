# expect: ok
# stdout: ok
x = ['a', 'b']
class S(str):
    pass
def g():
    yield 'a'
    x.clear()
    yield 'b'
print('ok' if ''.join(g()) == 'ab' else 'bad')
