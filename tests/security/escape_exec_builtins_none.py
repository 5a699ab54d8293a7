# expect: exception NameError
exec("print('x')", {'__builtins__': {}})
