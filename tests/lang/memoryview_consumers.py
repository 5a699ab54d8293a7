# functions and methods that accept any bytes-like object take views too
m = memoryview(b"hello world")
print(bytes(m), bytearray(m), bytes(m[::2]), list(bytes(m[6:])))
print(b"".join([m[:5], b" ", m[6:]]), bytearray(b"--").join([m[:1], m[1:2]]))
print(b"hello" + m[5:], bytearray(b"x") + m[:2], m[:2] == b"he")
ba = bytearray(b"abc")
ba += memoryview(b"def")
ba.extend(memoryview(b"gh"))
ba[0:1] = memoryview(b"A")
print(ba)
print(b"hello world".find(m[6:]), b"hello world".count(memoryview(b"o")), b"hello".startswith(m[:2]))
print(b"a,b".split(memoryview(b",")), b"abc".replace(memoryview(b"b"), memoryview(b"B")))
print(b"xxabcxx".strip(memoryview(b"x")), memoryview(b"b") in [b"a"], b"b" in b"abc")
print(m[:5].tobytes().decode(), str(m[:5], "ascii"), int.from_bytes(memoryview(b"\x01\x00"), "little"))
print(b"%s|%b" % (m[:2], m[3:5]), bytes(memoryview(bytearray(b"xyz"))[::-1]))
print(bytes.fromhex(m.hex()) == bytes(m), b"a" * 2 + bytes(memoryview(b"b")))
try:
    m + b"x"
except TypeError as e:
    print("TypeError:", e)
try:
    "".join([m])
except TypeError as e:
    print("TypeError:", e)
