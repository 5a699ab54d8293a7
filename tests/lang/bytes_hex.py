# hex() with separators and fromhex() for bytes and bytearray
data = bytes(range(0, 256, 17))
print(data.hex(), bytearray(data).hex())
for sep in [":", "-", b" ", b"_"]:
    for per in [1, 2, 3, -2, -3, 100, -100]:
        print(repr(sep), per, data.hex(sep, per))
print(data.hex(bytes_per_sep=4, sep=" "), b"".hex(":"), b"\x01".hex(":", 5), data.hex(":", 0))
for bad in [("::",), ("\xe9",), (b"ab",), (3,), (None,), ([1],)]:
    try:
        data.hex(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for s in ["", "00ff", " 01 02ff ", "AbCd", "\t0a\n0b\r", "01 2", "012", "0g", "1", "0x", " 1 2", "\u0661\u0662", "ab\u00e9"]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in [b"0102", 12, None]:
    try:
        bytes.fromhex(bad)
    except TypeError as e:
        print("TypeError:", e)
class MyBytes(bytes):
    pass
class MyBA(bytearray):
    pass
print(type(MyBytes.fromhex("41")).__name__, MyBytes.fromhex("4142"), type(MyBA.fromhex("41")).__name__)
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(" ", 3)) == data)
