# more bytes/bytearray methods
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase())
print(b.strip().split(b", "), b.count(b"l"), b.find(b"World"), b.rfind(b"l"), b.index(b"!"))
print(b.replace(b"l", b"L", 2), b.strip().startswith(b"Hello"), b.strip().endswith((b"!", b"?")))
print(b"-".join([b"a", b"b", b"c"]), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4) + b"|")
print(b"a,b,,c".split(b","), b"a b  c".split(), b"line1\nline2".splitlines(), b"x=1".partition(b"="))
print(b"abc".isalpha(), b"abc1".isalnum(), b"   ".isspace(), b"ABC".isupper(), b"Title Case".istitle())
print(bytes(reversed(b"abc")), b"abc"[::-1], sorted(b"dcba"), bytes(sorted(b"dcba")))
print(b"\x00\x10\xff".hex(), bytes.fromhex("00 10 ff"), b"hi".hex("-"), bytearray.fromhex("4142"))
ba = bytearray(b"hello")
ba[0] = ord("j")
ba.extend(b" world")
ba.insert(0, ord("["))
ba.append(ord("]"))
print(ba, ba.decode(), len(ba))
ba.reverse()
print(ba)
ba.remove(ord("o"))
print(ba, ba.pop(0), ba.find(b"l"), ba.count(b"l"))
del ba[:3]
print(ba, ba.upper(), bytes(ba[:2]))
ba[:] = b"reset"
print(ba, ba * 2, ba + b"!", b"s" in ba, ba == b"reset", ba.copy() is not ba)
print(b"%s=%d (%x)" % (b"key", 10, 255), b"%5s|%-5s|" % (b"ab", b"cd"), b"%c" % 65)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
print(b"ab" < b"abc", b"b" > b"abc", max(b"xyz"), b"".join([]), bytes(2) + bytes([1]))
