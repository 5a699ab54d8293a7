# sys.stdout/sys.stderr objects: write returns length, flush, print(file=...), redirection to objects
import sys
n = sys.stdout.write('hello\n')
print(n)
print(sys.stdout.write(''), sys.stdout.write('é€\n'))
sys.stdout.flush()
print(sys.stdout.flush())
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.write()
except TypeError as e:
    print('TypeError', e)
print('to stderr', file=sys.stderr)
sys.stderr.write('err write\n')
sys.stderr.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(hasattr(sys.stdout, 'write'), hasattr(sys.stdout, 'flush'))
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
cap = Capture()
old = sys.stdout
sys.stdout = cap
print('captured', 1, 2, sep='-', end='!\n')
print('again', flush=True)
sys.stdout = old
print(cap.parts)
print('a', 'b', file=cap)
print(cap.parts[-4:])
sys.stdout = None
print('dropped')
sys.stdout = old
class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
print(end='')
print('', end='\n')
print(*[1, 2, 3], sep='')
try:
    print(sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print(end=[])
except TypeError as e:
    print('TypeError', e)
print(None, sep=None, end=None)
