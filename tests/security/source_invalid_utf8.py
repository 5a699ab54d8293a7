# expect: exception SyntaxError
x = 'ÿþ'
