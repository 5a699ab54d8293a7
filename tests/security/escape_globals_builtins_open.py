# expect: exception NameError
# sandbox: CPython's builtins hold open(); the sandbox realm has none by default
def f(): pass
b = f.__globals__['__builtins__']
b = b if isinstance(b, dict) else b.__dict__
b['open']('/etc/passwd')
