# uncaught ValueError raised deep in a call chain, through finally blocks
log = []

def level3(x):
    if x > 2:
        raise ValueError("x too large: %d" % x)
    return x * 10

def level2(x):
    try:
        return level3(x)
    finally:
        log.append("level2 cleanup %d" % x)

def level1(x):
    r = level2(x)
    log.append("level1 got %d" % r)
    return r

for i in range(3):
    print(level1(i))
print(log)
try:
    level1(5)
except ValueError as e:
    print("handled:", e)
print(log[-1])
def run_all():
    for i in range(10):
        print("run", i, level1(i))
run_all()
print("never printed")
