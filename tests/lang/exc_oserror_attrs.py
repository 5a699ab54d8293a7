# OSError: errno/strerror/filename, subclass selection by errno, str forms, BlockingIOError
def show(e):
    print(type(e).__name__, repr(e.errno), repr(e.strerror), repr(e.filename), repr(e.filename2), e.args, repr(str(e)))
show(OSError())
show(OSError('just msg'))
show(OSError(2, 'No such file'))
show(OSError(2, 'No such file', 'f.txt'))
show(OSError(2, 'No such file', 'f.txt', None, 'g.txt'))
show(OSError(13, 'Denied', 'a', None, 'b'))
show(OSError(1, 2, 3, 4, 5, 6))
for code in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 9999]:
    e = OSError(code, 'x')
    print(code, type(e).__name__, isinstance(e, OSError))
show(FileNotFoundError(2, 'nf', 'p'))
show(FileNotFoundError('plain'))
show(PermissionError(1, 'perm'))
b = BlockingIOError(11, 'would block', 5)
print(b.characters_written, b.args)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as e:
    print('AttributeError', e)
e = OSError(2, 'x')
e.errno = 5
e.filename = 'new'
print(e.errno, e.filename, str(e))
print(issubclass(TimeoutError, OSError), issubclass(ConnectionResetError, ConnectionError), issubclass(BrokenPipeError, OSError))
try:
    raise FileExistsError(17, 'exists', 'x')
except OSError as e:
    print(type(e).__name__, e)
class MyOS(OSError):
    pass
print(type(MyOS(2, 'x')).__name__)
