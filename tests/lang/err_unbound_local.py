# uncaught UnboundLocalError
count = 10

def show():
    print("global count", count)

def increment_wrong():
    count += 1
    return count

def increment_right():
    global count
    count += 1
    return count

show()
print(increment_right(), increment_right())
try:
    increment_wrong()
except UnboundLocalError as e:
    print("handled:", e)
print(issubclass(UnboundLocalError, NameError))
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
conditional(False)
print("never printed")
