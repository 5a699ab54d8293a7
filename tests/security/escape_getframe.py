# expect: ok
# stdout: no frames
# sandbox: sys._getframe is not offered
import sys
print('no frames' if not hasattr(sys, '_getframe') else 'HAS _getframe')
