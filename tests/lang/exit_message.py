# raise SystemExit with a message: printed to stderr, exit status 1
def load(name):
    known = {"alpha": 1, "beta": 2}
    return known.get(name)

for n in ["alpha", "beta"]:
    print(n, load(n))
try:
    raise SystemExit("inner message")
except SystemExit as e:
    print("caught:", e.code, e.args)
try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print("two args:", e.code, e.args)
print(SystemExit("x").code, SystemExit().code, SystemExit(5).code)
for n in ["gamma"]:
    if load(n) is None:
        print("unknown", n)
        raise SystemExit("fatal: unknown config " + n)
print("never printed")
