if x:
    a = 1
elif y:
b = 1
