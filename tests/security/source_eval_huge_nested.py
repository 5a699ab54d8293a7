# expect: exception SyntaxError
# stderr-contains: too many nested parentheses
eval('(' * 100000 + ')' * 100000)
