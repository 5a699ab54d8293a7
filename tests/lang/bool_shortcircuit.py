# and / or / not with short-circuit and value results
def t(name, val):
    print("called", name)
    return val
print(t("a", True) and t("b", False))
print(t("a", False) and t("b", True))
print(t("a", 0) or t("b", "") or t("c", "found"))
print(t("a", "first") or t("b", "never"))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] or None)
print(not 0, not 1, not "", not "x", not None, not [])
print(not 1 == 2, not (1 and 0))
x = None
print(x is not None and x.attr)
d = {}
print(d.get("k") or "default")
print("" or 0 or None)
print(1 and [] and 3)
print([0] and "nonempty list is truthy")
print(True + True, True * 10, False - 1, True / 2)
a = 5
print(a > 3 and a < 10 or a == 100)
print(not a > 3 or a == 5)
vals = [0, 1, "", "s", None]
print([bool(v) for v in vals])
print(any(vals), all(vals), all([]), any([]))
def side(n, log):
    log.append(n)
    return n
log = []
r = side(0, log) or side(1, log) and side(2, log) or side(3, log)
print(r, log)
