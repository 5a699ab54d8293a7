# global and nonlocal declarations
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)

def read_global():
    return counter * 10
print(read_global())

def shadow():
    counter = 99
    return counter
print(shadow(), counter)

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    inner()
    return x
print("nonlocal", outer())

def two_levels():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v = v + "c"
        nonlocal v
        v = v + "b"
        inner()
    mid()
    return v
print(two_levels())

def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()

x = "global x"
def f():
    x = "local f"
    def g():
        global x
        return x
    return g()
print(f())

class K:
    y = 1
    def m(self):
        return y_global
y_global = "module level"
print(K().m())
