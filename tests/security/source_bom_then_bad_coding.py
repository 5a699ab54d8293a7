# coding: latin-1
# expect: exception SyntaxError
x = 1
