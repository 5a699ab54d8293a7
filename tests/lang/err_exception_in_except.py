# uncaught exception raised while handling another (implicit chaining)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return float(s)

print(parse("3"), parse("2.5"))
try:
    parse("x")
except ValueError as e:
    print("handled:", e, "| context:", type(e.__context__).__name__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return d["default"]

print(lookup({"a": 1, "default": 0}, "a"), lookup({"default": 0}, "zz"))
print("failing lookup")
lookup({"a": 1}, "b")
print("never printed")
