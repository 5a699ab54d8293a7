# uncaught AttributeError: the traceback suggests a close attribute
items = [3, 1, 2]
items.sort()
print(items)
items.appendd(4)
