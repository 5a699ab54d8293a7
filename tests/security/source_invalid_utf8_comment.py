# expect: exception SyntaxError
# stderr-contains: UTF-8
# Ã(
x = 1
