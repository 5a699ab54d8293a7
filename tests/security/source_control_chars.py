# expect: exception SyntaxError
x = 1  2
