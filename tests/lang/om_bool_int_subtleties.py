# bool is an int subclass: dunders and results types
print(True + True, True * 3, -True, ~True, True / 2, True // 1, True % 2, True ** 2, True << 2, True & 2)
print(type(True + True).__name__, type(True & True).__name__, type(True | False).__name__, type(True ^ True).__name__)
print(True & 3, type(True & 3).__name__, abs(True), type(abs(True)).__name__, +True, type(+True).__name__)
print(True == 1, True is 1 == False, hash(True) == hash(1), {1: "one"}[True], {True: "t", 1: "one"})
print(bool.__mro__, isinstance(True, int), int(True), float(False), str(True), repr(False), f"{True:d}", f"{True}")
print(sum([True, True, False]), max(True, 2), sorted([True, False, 2, -1]))
try:
    bool.__new__(int)
except TypeError as e:
    print("TypeError", e)
print(bool(), bool(0), bool([]), bool([0]), bool("0"), bool(0.0), bool(-0.0), bool(float("nan")))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).conjugate())
print(int.__add__(True, True), bool.__and__(True, False), bool.__or__(False, 1), type(bool.__or__(False, 1)).__name__)
