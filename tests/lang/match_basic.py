# match statement: literals, captures, sequences, mappings, guards, or-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case "hello":
            return "greeting"
        case str() as s:
            return "string of length %d" % len(s)
        case []:
            return "empty list"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"first {first} then {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case None:
            return "none"
        case _:
            return "something else"

for v in [0, 2, -5, 99, "hello", "abc", [], [7], [1, 2], [1, 2, 3, 4],
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2},
          None, 3.5, (9, 8)]:
    print(repr(v), "->", describe(v))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown command"
for c in ["go north", "go up", "pick up lamp", "take key", "exit", "dance"]:
    print(c, "->", command(c))

x = 5
match x:
    case 1:
        print("one")
print("no case matched, continuing")
match (1, "a"):
    case (1, "b"):
        print("wrong")
    case (1, s):
        print("tuple capture", s)
