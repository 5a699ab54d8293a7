# bytearray mutation methods and item/slice assignment
ba = bytearray(b"hello")
ba.append(33); ba.extend(b" world"); ba.extend([1, 2]); ba.extend(range(65, 68)); ba.extend(bytearray(b"!"))
print(ba)
ba.insert(0, 62); ba.insert(-1, 60); ba.insert(100, 46); ba.insert(-100, 35)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l")); ba.reverse()
print(ba, len(ba))
ba[0] = 88; ba[-1] = 89; ba[1:3] = b"--"; ba[3:3] = b"INS"; ba[:2] = []; ba[-2:] = bytearray(b"END")
print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[0]; del ba[::3]; del ba[-2:]
print(ba)
ba[1:4] = range(3); ba[0:0] = (200, 201)
print(ba)
c = ba.copy(); c.clear(); print(c, ba == c, len(ba))
ba *= 2; print(len(ba)); ba += b"!"; print(ba[-3:])
x = bytearray(b"ab"); x[0:1] = x; print(x)   # self-assignment
x = bytearray(b"abc"); x.extend(x); print(x)
x = bytearray(b"abc")
try:
    x += x   # CPython exports x's buffer while growing it
except BufferError as e:
    print("BufferError:", e)
errs = [lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"), lambda: bytearray(b"a").extend([300]),
        lambda: bytearray(b"a").extend("x"), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").pop(5),
        lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").insert(0, -1),
        lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"XYZ"), lambda: bytearray(b"abc").__setitem__(0, b"a"),
        lambda: bytearray(b"abc").__setitem__(slice(0, 1), 5), lambda: bytearray(b"abc").__setitem__(slice(0, 1), "x"),
        lambda: bytearray(b"abc").__setitem__(5, 1), lambda: bytearray(b"abc").__delitem__(9),
        lambda: bytearray(b"abc").__setitem__("i", 1), lambda: bytearray(b"a") + "b", lambda: bytearray(b"a").__iadd__(1)]
for f in errs:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
b2 = bytearray(b"xyz")
b2.__init__(b"new")
print(b2, bytearray(3), bytearray([1, 2]), bytearray(b"s"), bytearray("t", "ascii"), bytearray(memoryview(b"m")))
print(bytearray(b"ab").__alloc__() >= 3, bytearray().__alloc__())
