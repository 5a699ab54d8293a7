# uncaught exception raised inside a generator while iterating
def reader(lines):
    for n, line in enumerate(lines, 1):
        if not line:
            raise EOFError(f"empty line {n}")
        yield n, line.strip()

data = ["alpha", " beta ", "gamma"]
for n, text in reader(data):
    print(n, text)
try:
    list(reader(["x", ""]))
except EOFError as e:
    print("handled:", e)
def numbered(lines):
    for n, text in reader(lines):
        yield f"{n:>3}: {text}"
print(list(numbered(["a", "b"])))
g = reader(["one", "two", "", "four"])
print(next(g))
for n, text in g:
    print("loop", n, text)
print("never printed")
