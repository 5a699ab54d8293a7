# expect: exception TypeError
# sandbox: FunctionType(code, globals) from a guest is refused or checked
def f(): return 1
FT = type(f)
FT(f.__code__, {'__builtins__': None}, 'x')()
