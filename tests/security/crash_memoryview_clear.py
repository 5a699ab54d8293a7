# expect: exception BufferError
b = bytearray(b'abcdef')
m = memoryview(b)
b.clear()
