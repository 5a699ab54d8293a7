# expect: ok
# stdout: True
# object.__getattribute__ on a module reaches only that module's own attributes
import sys
print(object.__getattribute__(sys, 'modules') is sys.modules)
