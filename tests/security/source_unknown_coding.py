# coding: nosuchcodec
# expect: exception SyntaxError
x = 1
