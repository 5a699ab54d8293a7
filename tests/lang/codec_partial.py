# codecs.*_decode with final=False, surrogateescape edge cases, __buffer__
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import codecs
# codecs.encode errors kw, lookup attrs
ci = codecs.lookup('utf-8')
t(lambda: codecs.encode('x', errors='strict'))
t(lambda: codecs.decode(b'\xff', 'utf-8', 'replace'))
t(lambda: codecs.latin_1_decode(b'\xff', 'strict'))
t(lambda: codecs.utf_8_decode(b'\xff', 'replace', True))
t(lambda: codecs.utf_8_decode(b'\xc3', 'strict', False))
t(lambda: codecs.lookup(3))
t(lambda: codecs.lookup_error(3))
t(lambda: 'x'.encode('utf-8', 'surrogateescape'))
t(lambda: '\udcff'.encode('utf-8', 'surrogateescape'))
t(lambda: '\udcff\udc00'.encode('utf-8', 'surrogateescape'))
t(lambda: b'\xff'.decode('utf-16-le', 'surrogateescape'))
t(lambda: b'\x00\xdc\x80'.decode('utf-16-le', 'surrogateescape'))
t(lambda: memoryview(bytearray(b'abc')).__buffer__(0).tobytes())
t(lambda: bytes.__buffer__(b'x', 'a'))
t(lambda: 'é'.encode('utf-8').decode('utf-16'))
t(lambda: str(b'abc', 'utf-16'))
for data in [b'ab\xc3', b'ab\xe2\x82', b'ab\xf0\x9f\x98', b'\xe0\x80', b'\xed\xa0', b'\xf4\x90', b'ab\xff', b'\x80']:
    t(lambda: codecs.utf_8_decode(data, 'replace', False))
    t(lambda: codecs.utf_8_decode(data, 'replace', True))
for data in [b'a', b'a\x00b', b'a\x00\x00\xd8', b'a\x00\x00\xd8\x00', b'\xfe\xff\x00a\xd8']:
    t(lambda: codecs.utf_16_decode(data, 'strict', False))
    t(lambda: codecs.utf_16_le_decode(data, 'strict', False))
    t(lambda: codecs.utf_16_be_decode(data, 'replace', False))
t(lambda: codecs.utf_32_decode(b'a\x00\x00\x00b\x00', 'strict', False))
t(lambda: codecs.ascii_decode(b'ab', None, False))
