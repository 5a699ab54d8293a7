x = [a in b if c]
