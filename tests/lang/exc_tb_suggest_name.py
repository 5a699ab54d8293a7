# uncaught NameError: the traceback suggests a close name
def area(radius):
    return 3.14 * radius * raduis
print("start")
print(area(2))
