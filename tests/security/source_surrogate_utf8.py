# expect: exception SyntaxError
x = 'í €'
