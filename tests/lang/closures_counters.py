# closures: counters, shared cells, independent instances
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2())
print(c1())

def make_pair():
    value = []
    def add(x):
        value.append(x)
    def get():
        return list(value)
    return add, get
add, get = make_pair()
add(1); add(2)
print(get())

def make_acc():
    total = 0
    def acc(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    return acc, reset
acc, reset = make_acc()
print(acc(3), acc(4))
reset()
print(acc(1))

def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h
print(compose(add5, add10)(0))

print(c1.__closure__ is not None, len(c1.__closure__))
print(c1.__closure__[0].cell_contents)

def outer():
    x = "early"
    def show():
        return x
    x = "late"
    return show
print(outer()())
