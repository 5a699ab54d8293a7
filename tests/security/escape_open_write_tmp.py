# expect: exception PermissionError
# sandbox: writing needs --allow-write
open('/tmp/asp_security_should_not_exist', 'w').write('x')
