# starred assignment and star patterns over empty sequences: the middle
# list is built from an empty item array (found by fuzz_exec: pointer
# arithmetic on a NULL item array under clang UBSan)
*a, = []
print(a)
x, *y = [1]
print(x, y)
*p, q = (2,)
print(p, q)
match []:
    case [*rest]: print("rest", rest)
