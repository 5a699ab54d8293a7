# expect: exception TypeError
# sandbox: no code objects from raw bytes
def f(): pass
C = type(f.__code__)
C(0, 0, 0, 0, 0, 0, b'\x00\x00', (), (), (), '', '', '', 1, b'', b'', (), ())
