# expect: exception SyntaxError
# stderr-contains: null bytes
exec('x = 1\x00')
