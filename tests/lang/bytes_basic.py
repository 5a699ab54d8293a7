# bytes and bytearray basics
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(list(b), bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b + b" world", b * 2, b"ll" in b, 104 in b, b.upper(), b.title())
print(b.split(b"l"), b"a,b".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]))
print(b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.startswith(b"he"))
print(b"\x00\xff\n\t'", b'"', b"'\"", repr(b"\x7f\x80"))
print(b == b"hello", b < b"help", b"abc" == "abc", hash(b"x") == hash(b"x"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), bytes(ba), ba.pop(), ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.decode())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b.isalpha(), b"123".isdigit(), b"a b".split(), bytes.fromhex("de ad"))
print(b"%d bytes" % 5, b"abc".hex(":"), int.from_bytes(b"\x12\x34", "big"))
print(b"x" * 0, bytes(), bytearray(), bool(b""), bool(b"\x00"))
for byte in b"AB":
    print(byte, chr(byte))
print(sorted(b"cab"), max(b"abc"), b"abc".index(b"c"))
print(bytes(b"copy") is not None, bytearray(b"q") == b"q", b"a" in bytearray(b"abc"))
