# expect: ok
# stdout: ok
b = bytearray(b'abc' * 10)
for i, c in enumerate(b):
    if i == 3:
        b.clear()
print('ok')
