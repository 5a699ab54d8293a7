# order of execution across try/except/else/finally with nested functions
log = []
def step(name, fail=False):
    log.append(name)
    if fail:
        raise ValueError(name)

def scenario(fail_body, fail_else, fail_finally):
    log.clear()
    try:
        try:
            step("body", fail_body)
        except ValueError:
            step("except")
        else:
            step("else", fail_else)
        finally:
            step("finally", fail_finally)
        step("after")
    except ValueError as e:
        log.append("outer caught " + str(e))
    return " > ".join(log)

for fb in (False, True):
    for fe in (False, True):
        for ff in (False, True):
            print(int(fb), int(fe), int(ff), scenario(fb, fe, ff))

def ret_in_try_and_finally_side_effect():
    out = []
    def f():
        try:
            out.append("try")
            return "from try"
        finally:
            out.append("finally")
    r = f()
    return r, out
print(ret_in_try_and_finally_side_effect())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
