a, *b = c
f(*a, **b, c=1)
x[1:2, ::3, *y]
print(*x, sep="")
