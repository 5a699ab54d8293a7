# expect: exception SyntaxError
# Ã(
x = 1
