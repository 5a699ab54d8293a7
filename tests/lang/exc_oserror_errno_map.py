# OSError(errno, strerror) picks the subclass CPython picks for each errno; reduce-free str forms; args with 1, 2, 3, 5 items
codes = {11: 'EAGAIN', 114: 'EALREADY', 115: 'EINPROGRESS', 10: 'ECHILD', 32: 'EPIPE', 103: 'ECONNABORTED', 111: 'ECONNREFUSED',
         104: 'ECONNRESET', 17: 'EEXIST', 2: 'ENOENT', 21: 'EISDIR', 20: 'ENOTDIR', 4: 'EINTR', 1: 'EPERM', 13: 'EACCES',
         3: 'ESRCH', 110: 'ETIMEDOUT', 5: 'EIO', 22: 'EINVAL', 28: 'ENOSPC'}
for code in sorted(codes):
    e = OSError(code, codes[code])
    print(code, codes[code], type(e).__name__, e.errno, e.strerror, str(e))
for args in [(2,), (2, 'x', 'f', 0), ('a', 'b'), (2.5, 'x'), (None, 'msg', 'file')]:
    e = OSError(*args)
    print(args, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(str(FileNotFoundError(2, 'No such file or directory', 'a.txt')), str(PermissionError(13, 'Permission denied', 'x', None, 'y')))
class Sub(FileNotFoundError):
    pass
print(type(Sub(13, 'x')).__name__, type(OSError.__new__(OSError, 2, 'x')).__name__)
