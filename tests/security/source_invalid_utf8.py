# expect: exception SyntaxError
# stderr-contains: UTF-8
x = 'ÿþ'
