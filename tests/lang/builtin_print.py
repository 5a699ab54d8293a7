# print with sep, end, multiple args
print()
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print("x", "y", sep=", ", end="!\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, {4})
print(*range(5))
print(*"abc", sep="|")
print("multi\nline")
print("", end="")
print(sep="ignored")
print("tab", "sep", sep="\t")
print("end", end="\n\n")
print("after blank line")
print("a", "b", sep=None, end=None)
print(*[], sep="x")
print("unicode: é ü 日本 😀")
print(1, end=" ")
print(2, end=" ")
print(3)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
class Obj:
    def __str__(self):
        return "str of Obj"
print(Obj(), [Obj()][0])
print(repr("quoted"), "quoted")
print(-0.0, 1e300 * 10, 10 ** 25)
