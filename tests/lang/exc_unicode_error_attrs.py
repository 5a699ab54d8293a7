# UnicodeDecodeError/EncodeError/TranslateError: attributes, mutation of start/end/reason, str() for one and many positions
d = UnicodeDecodeError('utf-8', b'ab\xff\xfe', 2, 3, 'invalid start byte')
print(d.encoding, d.object, d.start, d.end, d.reason, str(d), d.args)
d.end = 4
print(str(d))
d.reason = 'changed'
d.start = 0
print(str(d))
e = UnicodeEncodeError('ascii', 'héllo', 1, 2, 'ordinal not in range(128)')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e.end = 4
print(str(e))
e2 = UnicodeEncodeError('latin-1', '\U0001f600', 0, 1, 'x')
print(str(e2))
tr = UnicodeTranslateError('abc\u20ac', 3, 4, 'no mapping')
print(tr.object, tr.start, tr.end, tr.reason, str(tr), tr.encoding)
for bad in [lambda: UnicodeDecodeError('utf-8', 'not bytes', 0, 1, 'r'), lambda: UnicodeEncodeError('ascii', b'bytes', 0, 1, 'r'),
            lambda: UnicodeDecodeError('utf-8', b'x', 0, 1), lambda: UnicodeTranslateError('x', 0, 1)]:
    try:
        print(bad())
    except TypeError as err:
        print('TypeError', err)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as err:
    print(err.start, err.end, err.reason, err.object, isinstance(err, ValueError), isinstance(err, UnicodeError))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as err:
    print(err.start, err.end, err.reason, repr(err.object), str(err))
print(issubclass(UnicodeError, ValueError), UnicodeDecodeError.__mro__[1].__name__, str(UnicodeError('plain')))
