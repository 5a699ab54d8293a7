# expect: exception RecursionError
# expect: exception SyntaxError
# expect: exception MemoryError
# sandbox: CPython: RecursionError in the compiler
exec('x = ' + '-' * 500000 + '1')
