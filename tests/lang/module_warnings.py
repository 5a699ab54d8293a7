import warnings, sys, io

sys.stderr = io.StringIO()
def clean(text):
    return text.replace(__file__, 'FILE')

warnings.warn('plain warning')
warnings.warn('plain warning')        # a second location: shown again
for i in range(3):
    warnings.warn('in a loop')        # one location: shown once
warnings.warn('deprecated here', DeprecationWarning)
def lib():
    warnings.warn('from lib', RuntimeWarning, stacklevel=2)
lib()
warnings.warn(UserWarning('instance'))
print(clean(sys.stderr.getvalue()))
sys.stderr = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn('two', FutureWarning)
    warnings.warn('pending', PendingDeprecationWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silenced')
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings('ignore', message='skip')
    warnings.simplefilter('always', UserWarning, append=True)
    warnings.warn('skip this one')
    warnings.warn('keep this one')
print([str(w.message) for w in caught])
print(repr(sys.stderr.getvalue()))
try:
    warnings.warn('x', int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter('bogus')
except ValueError as e:
    print(e)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line text'))
@warnings.deprecated('use g instead')
def old():
    return 1
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(old(), [str(w.message) for w in caught], caught[0].category.__name__)
