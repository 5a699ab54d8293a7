# expect: exception PermissionError
# sandbox: open() outside granted directories is refused
open('/etc/passwd').read()
