# expect: exception SyntaxError
x = 'À¯'
