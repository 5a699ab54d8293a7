# generator close() and throw() edge cases
def unhandled():
    yield 1
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen_finally cleanup")
g = gen_finally()
for x in g:
    print(x)
    break
g.close()
print("after explicit close")

def never_started():
    try:
        yield 1
    finally:
        print("never printed: generator was never started")
g = never_started()
g.close()
print("closed unstarted generator")

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns_on_exit()
next(g)
print(g.close())

def throw_type():
    try:
        yield 1
    except TypeError as e:
        yield "caught " + repr(e)
g = throw_type()
next(g)
print(g.throw(TypeError("bad")))
def finished():
    yield 1
g = finished()
list(g)
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print("thrown into finished generator:", e)
