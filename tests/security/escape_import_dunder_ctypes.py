# expect: exception ModuleNotFoundError
# sandbox: no ctypes in a realm
__import__('ctypes').CDLL(None)
