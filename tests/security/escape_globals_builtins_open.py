# expect: exception KeyError
# expect: exception PermissionError
# sandbox: CPython's builtins hold open(); a realm has none, or one limited to granted directories
def f(): pass
b = f.__globals__['__builtins__']
b = b if isinstance(b, dict) else b.__dict__
b['open']('/etc/passwd')
