# expect: exception BufferError
b = bytearray(b'abcdef')
m = memoryview(b)
b.extend(b'x' * 1000)
