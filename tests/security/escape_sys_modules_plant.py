# expect: exception ModuleNotFoundError
# sandbox: planting a fake module only affects the guest itself; no real os appears
import sys
class Fake: pass
sys.modules['fake_mod'] = Fake()
import fake_mod
del sys.modules['fake_mod']
import ctypes
