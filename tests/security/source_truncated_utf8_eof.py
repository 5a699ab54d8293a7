# expect: exception SyntaxError
x = 1
# â‚