# expect: exception ValueError
b = bytearray(b'abcdef')
m = memoryview(b)
m.release()
b.extend(b'x' * 100)
m[0]
