# expect: exception ModuleNotFoundError
# sandbox: no ctypes in a realm
import ctypes
