# conversions between built-in types
print(int("42"), int(42.9), int(-42.9), int(True), int(" 7 "))
print(float("1.25"), float(3), float(" -4 "), float(True), float("1e-3"))
print(str(42), str(4.2), str(True), str(None), str([1, "a"]), str({"k": (1,)}))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool("0"), bool([0]))
print(list("abc"), list((1, 2)), list({1: "a"}), list(range(3)), list(map(int, "12")))
print(tuple([1, 2]), tuple("ab"), tuple({3: 4}), tuple(range(2)))
print(sorted(set([3, 1, 3])), sorted(frozenset("aba")), sorted(set({"k": 1}.items())))
print(dict([("a", 1), ("b", 2)]), dict(zip("ab", [1, 2])), dict(x=1), dict({"y": 2}))
print(repr(str(b"ab")), bytes("ab", "ascii"), list(b"ab"), bytes([104, 105]).decode())
print(int("0x1f", 16), int("1f", 16), hex(31), int(hex(31), 16), float.hex(0.5))
print(chr(int("41", 16)), ord(str(7)), str(ord("A")), int(str(3) * 3))
print(complex(1, 2), complex("3+4j"), abs(3 + 4j), (1 + 2j).real, (1 + 2j).imag, (1 + 2j) * 1j)
for v in ["12", "1.5", "abc", "", "  3  ", "1e2", "0x10", "-0"]:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(v)))
        except ValueError:
            out.append("ValueError")
    print(repr(v), out)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    list(7)
except TypeError as e:
    print("TypeError:", e)
print(str(1) + str(2), int("1") + int("2"), float("1") + int("2"), 3 * str(1))
print(list(enumerate("ab")), dict(enumerate("ab")), list(zip(*dict(a=1, b=2).items())))
