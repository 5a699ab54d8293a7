# expect: ok
# stdout: clean
# sandbox: a realm starts with only built-in modules
import sys
bad = {'os', 'posix', 'ctypes', '_ctypes', 'subprocess', 'importlib', '_imp', 'marshal', 'io', '_io'}
print('clean' if not (set(sys.modules) & bad) else sorted(set(sys.modules) & bad))
