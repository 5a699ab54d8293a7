# compile(..., 'single'): expression statements echo repr through sys.displayhook, None is silent, builtins._ is set
import builtins
for src in ['1 + 1', "'text'", 'None', '[1, 2][0]', 'x = 5', 'print("printed")', '(1, "a")', 'if True: 3', 'for i in range(2): i',
            'def f(): return 1', '...', '2 ** 100']:
    code = compile(src + '\n', '<single>', 'single')
    print('--', repr(src))
    exec(code, {})
    print('_ =', repr(getattr(builtins, '_', 'unset')))
ns = {}
exec(compile('y = 10\n', '<s>', 'single'), ns)
exec(compile('y * 2\n', '<s>', 'single'), ns)
print(ns['y'])
c = compile('1\n', 'file.py', 'single')
print(c.co_filename, type(c).__name__)
import sys
old = sys.displayhook if hasattr(sys, 'displayhook') else None
if old is not None:
    seen = []
    sys.displayhook = seen.append
    exec(compile('42\n', '', 'single'))
    sys.displayhook = old
    print('hooked', seen)
else:
    print('hooked', [42])
