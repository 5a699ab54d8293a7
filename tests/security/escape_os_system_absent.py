# expect: ok
# stdout: False False False False
# sandbox: os has no process control in a realm
import os
print(hasattr(os, 'system'), hasattr(os, 'fork'), hasattr(os, 'popen'), hasattr(os, 'execv'))
