# expect: ok
# stdout: 6
b = bytearray(b'abc')
b.extend(b)
print(len(b))
