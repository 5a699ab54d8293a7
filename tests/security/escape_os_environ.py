# expect: ok
# stdout: no PATH
# sandbox: environment variables need --allow-env
import os
env = getattr(os, 'environ', {})
print('no PATH' if 'PATH' not in env else 'LEAK')
