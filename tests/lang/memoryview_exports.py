# a live view blocks resizing its bytearray; release() and with lift it
ba = bytearray(b"abc")
m = memoryview(ba)
ops = [("append", lambda: ba.append(1)), ("extend", lambda: ba.extend(b"xy")), ("pop", lambda: ba.pop()),
       ("insert", lambda: ba.insert(0, 1)), ("remove", lambda: ba.remove(97)), ("clear", lambda: ba.clear()),
       ("del item", lambda: ba.__delitem__(0)), ("del slice", lambda: ba.__delitem__(slice(0, 2))),
       ("grow slice", lambda: ba.__setitem__(slice(0, 1), b"xyz")),
       ("shrink slice", lambda: ba.__setitem__(slice(0, 2), b"")),
       ("iadd", lambda: ba.__iadd__(b"z")), ("imul", lambda: ba.__imul__(2)),
       ("same-size slice", lambda: ba.__setitem__(slice(0, 2), b"AB")),
       ("item", lambda: ba.__setitem__(2, 67)), ("extend empty", lambda: ba.extend(b"")),
       ("iadd empty", lambda: ba.__iadd__(b"")), ("imul 1", lambda: ba.__imul__(1)),
       ("reverse", lambda: ba.reverse())]
for name, op in ops:
    try:
        op()
        print(name, "ok", ba)
    except BufferError as e:
        print(name, "BufferError:", e)
m.release()
m.release()   # twice is fine
ba.append(68)
print(ba)
with memoryview(ba) as v:
    try:
        ba.append(0)
    except BufferError as e:
        print("in with:", e)
    print(v.tobytes())
ba.append(69)
print(ba)
# several views: all must go
a = memoryview(ba)
b = a[1:]
c = memoryview(a)
a.release()
try:
    ba.pop()
except BufferError as e:
    print("b and c still live:", e)
b.release()
c.release()
print(ba.pop(), ba)
# (a view dropped without release stops counting only once the collector
# finds it unreachable; asp's conservative stack scan may keep it a while,
# so that case is not tested here: see docs/decisions/codecs-and-buffers.md)
