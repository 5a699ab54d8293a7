x[a:b, *c]
