# uncaught NameError
def greet(name):
    return "hi " + name

print(greet("ann"))
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print("total", total)
try:
    print(undefined_one)
except NameError as e:
    print("handled:", e)

def uses_later():
    return later_defined * 2

later_defined = 21
print(uses_later())
del later_defined

def compute():
    result = missing_value + 1
    return result

print("calling compute")
compute()
print("never printed")
