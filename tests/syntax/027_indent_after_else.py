if x:
    a = 1
else:
b = 1
