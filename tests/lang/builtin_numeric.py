# divmod, pow, round, chr, ord, hex, oct, bin, format, abs
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(7, 2, 5), pow(-1, 0.5) if False else pow(4, 0.5))
print(round(3.14159), round(3.14159, 3), round(-2.5), round(2.5), round(3.5), round(7, -1), round(15, -1), round(25, -1))
print(round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.0), round(1e20))
print(chr(65), chr(0x263A), repr(chr(0)), ord("a"), ord("\n"), ord("😀"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(255, "#010x"), format(3.14159, ".2f"), format(0.5, "%"))
print(format(1234567, ","), format(-42, "+"), format("txt", ">6"), format(True), format(None))
print(format(12, "b"), format(12, "o"), format(65, "c"), format(1e-7), format(123.456, "e"))
print(format(10, ""), format(1.0, ""), format(1.5, "g"), format(1e6, "g"), format(1e16, "g"))
print(int(round(2.675 * 100)), abs(-7.25), abs(-3))
print(divmod(7, 7), divmod(0, 3), divmod(-1, 3), divmod(1, -3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(pow(10, 30, 10 ** 9 + 9), pow(123456789, 0, 1), pow(5, 3, -7))
