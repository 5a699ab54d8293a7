# expect: exception PermissionError
# sandbox: no .. escape from the script's directory
open('../../../../../../etc/passwd').read()
