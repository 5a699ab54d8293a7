# str.format
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]}".format(["x", "y"]))
print("{p.real} {p.imag}".format(p=3 + 4j))
print("{d[key]}".format(d={"key": "dv"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f}".format(3.14159))
print("{:,}".format(9876543210))
print("{:x} {:o} {:b} {:#X}".format(255, 8, 5, 255))
print("{!r} {!s}".format("q", "q"))
print("{0:{1}}".format("w", 6) + "|")
print("{{}} {}".format("braces"))
print("{:=+8d}".format(42))
print("{:.3}".format("truncate"))
print("{:%}".format(0.25))
try:
    "{}".format()
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print(format(3.5, ".1f"), format(10, "b"), format("s", "^5"), format(12))
print("{:,.2f}".format(1234.5))
print("{:e}".format(12345.678))
print("{:g} {:g} {:g}".format(1e10, 123.0, 1.5e-7))
print("{:c}".format(65))
