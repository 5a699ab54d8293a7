import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.printable), string.punctuation)
print(string.capwords(' hello   wORLD  x '), string.capwords('a-b-c', '-'), string.capwords('a--b', '-'))
from string import capwords as c
print(c("abc def"), all(hasattr(string, n) for n in ["capwords", "digits", "printable"]))
print(string.__name__)
import sys; print('string' in sys.modules)
try:
    import nosuchmod
except ImportError as e: print(type(e).__name__, e)
