# round() for ints and floats, banker's rounding, ndigits, negative ndigits
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 2.675)])
print([round(x, 2) for x in (1.005, 1.015, 1.025, 2.345, 9.995)])
print(round(123.456, -1), round(123.456, -2), round(156.0, -2), round(-156.0, -2))
print(round(12345, -1), round(12345, -2), round(12355, -1), round(-12345, -1), round(5, -1), round(15, -1))
print(round(10 ** 20 + 5, -1), round(2 ** 70, -20), round(7, 3), type(round(7, 3)).__name__)
print(round(1e300, 2), round(1.23456e-10, 12), round(-0.0, 1), round(0.0))
print(round(float("inf"), 2), round(float("nan"), 2), round(3.0), type(round(3.0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(2.5, None), round(0.125, 2), round(0.375, 2), round(-2.675, 2))
prices = [19.999, 5.005, 0.1 + 0.2, 100 / 3]
print([round(p, 2) for p in prices], sum(round(p, 2) for p in prices))
print(f"{round(2.5)} {round(2.5, 0)} {round(25, -1)} {round(35, -1)}")
