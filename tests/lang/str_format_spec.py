# the format-spec mini-language for str and int
for spec in ["", "<8", ">8", "^8", "*^9", "-<6", ".2", "8.3", ">10.1"]:
    print(repr(spec), "[" + format("python", spec) + "]")
for spec in ["", "d", "5d", "<5", "^7", "+", "-", " ", "05", "+06", ",", "_", "x", "#x", "08b", "#o", "X", "c", "=+8", "n"]:
    print(repr(spec), "[" + format(42, spec) + "]", "[" + format(-42, spec if spec != "c" else "") + "]")
print(format(1234567890, ","), format(1234567890, "_"), format(255, "_b"), format(0xFFFFFF, "_x"))
print(format(-0, "+"), format(0, " "), format(7, "#b"), format(-7, "#b"))
print("{:^10}|{:>5}|{:<5}|".format("mid", 1, 2))
print("{0:>{1}}|{0:<{1}}|".format("ab", 5))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
for bad in ["q", ".2d", ",s"]:
    try:
        format(5 if bad != ",s" else "s", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
print(format(True, ""), format(True, "d"), format(False, ">5"), format(None, ""))
print(f"{'left':<{10}}|", f"{12:>{5}}|", f"{'c':^{3}}|")
print(format(10 ** 25, ","), format(-10 ** 20, "_x"), format(2 ** 64, "#o"))
print(format(65, "c") + format(0x263a, "c"), format(3, "03"), format(-3, "03"))
