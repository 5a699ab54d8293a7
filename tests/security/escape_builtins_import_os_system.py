# expect: ok
# stdout: no system
# sandbox: os exists without process control in the sandbox
try:
    os = __builtins__.__import__('os')
except ImportError:
    print('no system')
else:
    print('no system' if not hasattr(os, 'system') else 'HAS SYSTEM')
