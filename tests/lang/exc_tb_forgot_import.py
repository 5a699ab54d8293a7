# uncaught NameError for a standard module name: the forgotten-import hint
print("before")
print(math.pi)
