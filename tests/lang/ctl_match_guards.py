# match guards: evaluation order, side effects, walrus, bindings
log = []
def check(tag, result):
    log.append(tag); return result
def m(v):
    match v:
        case int(x) if check("g1", x > 10): return "big"
        case int(x) if check("g2", x < 0): return "negative"
        case int(x) if (y := x * 2) > 5: return f"doubled {y}"
        case (a, b) if a == b: return "equal pair"
        case (a, b) if check("g3", False): return "never"
        case (a, b): return f"pair {a} {b}"
        case _: return "other"
for v in [20, -1, 4, 1, (2, 2), (1, 2), "s"]:
    log.clear()
    print(v, "->", m(v), log)
# guard raising propagates
def boom():
    raise ValueError("guard failed")
try:
    match 1:
        case 1 if boom(): pass
except ValueError as e:
    print("ValueError", e)
# bindings remain after a failed guard
match 5:
    case x if x > 10: pass
    case _: pass
print("x after failed guard:", x)
# guard referencing later-bound names
match {"k": 3}:
    case {"k": v} if v in (1, 2, 3): print("v in range", v)
# subject evaluated once
def subject():
    print("subject evaluated"); return [1, 2]
match subject():
    case [1]: print("one")
    case [1, 2]: print("one two")
# match is a soft keyword
match = 3
case = 4
print(match + case)
match, case = case, match
print(match, case)
def match_fn(match): return match
print(match_fn(7))
