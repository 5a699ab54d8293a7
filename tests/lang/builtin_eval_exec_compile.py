# eval/exec with globals and locals dicts, compile() modes, code objects
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

t('eval', lambda: (eval('1 + 2'), eval(' 3 * 4 '), eval('x + 1', {'x': 5}), eval('x + y', {'x': 1}, {'y': 2})))
t('eval builtins', lambda: eval('len("abc")', {}))
t('eval no builtins', lambda: eval('len("abc")', {'__builtins__': {}}))
t('eval custom builtins', lambda: eval('len("abc")', {'__builtins__': {'len': lambda s: 99}}))
t('eval locals mapping', lambda: eval('a * 2', {}, {'a': 21}))
class Mapping:
    def __getitem__(self, k):
        if k == 'magic':
            return 7
        raise KeyError(k)
t('eval custom locals', lambda: eval('magic + 1', {}, Mapping()))
t('eval custom locals miss', lambda: eval('nope', {}, Mapping()))
t('eval syntax', lambda: eval('1 +'))
t('eval stmt', lambda: eval('x = 1'))
t('eval bad globals', lambda: eval('1', []))
t('eval bad locals', lambda: eval('1', {}, 5))
t('eval nonstr', lambda: eval(5))
t('eval bytes', lambda: eval(b'2 ** 10'))
t('eval leading ws', lambda: eval('\t 1'))
t('eval name', lambda: eval('undefined_name'))
g = {}
t('exec', lambda: (exec('a = 1\nb = a + 1', g), g['a'], g['b'], '__builtins__' in g))
loc = {}
t('exec locals', lambda: (exec('c = 3\ndef f(): return 4', {}, loc), sorted(loc), loc['f']()))
t('exec returns', lambda: exec('1'))
t('exec func def', lambda: (lambda ns: (exec('def sq(x):\n    return x * x', ns), ns['sq'](7))[1])({}))
t('exec class', lambda: (lambda ns: (exec('class K:\n    v = 3', ns), ns['K'].v)[1])({}))
t('exec import', lambda: (lambda ns: (exec('import math\nr = math.floor(2.5)', ns), ns['r'])[1])({}))
t('exec syntax', lambda: exec('def (:'))
t('exec raise', lambda: exec('raise ValueError("inner")'))
t('exec globals kw', lambda: (lambda ns: (exec('z = 1', globals=ns), ns['z'])[1])({}))
def scope():
    x = 1
    exec('x = 2')
    return x
t('exec no local write', scope)
def scope2():
    y = 10
    return eval('y + 1')
t('eval sees locals', scope2)
def scope3():
    return eval('[i for i in range(3)]')
t('eval comp', scope3)
c = compile('1 + 1', '<s>', 'eval')
t('compile eval', lambda: (type(c).__name__, eval(c), c.co_filename, c.co_name))
c2 = compile('q = 5\nprint("in exec", q)', 'file.py', 'exec')
t('compile exec', lambda: (exec(c2, {}), c2.co_filename, c2.co_name))
c3 = compile('2 + 3', '<single>', 'single')
t('compile single', lambda: exec(c3))
t('compile single none', lambda: exec(compile('None', '', 'single')))
t('compile single stmt', lambda: exec(compile('if 1:\n  print("blk")\n', '', 'single')))
t('compile bad mode', lambda: compile('1', '', 'nope'))
t('compile syntax', lambda: compile('1 +', 'f.py', 'eval'))
t('compile single multi', lambda: compile('a = 1\nb = 2\n', '', 'single'))
t('compile eval stmt', lambda: compile('a = 1', '', 'eval'))
t('compile args', lambda: compile('1'))
t('compile kw', lambda: eval(compile(source='4', filename='x', mode='eval')))
t('compile bytes', lambda: eval(compile(b'7', '', 'eval')))
t('compile nonstr', lambda: compile(5, '', 'eval'))
t('compile null', lambda: compile('1\x00', '', 'eval'))
t('compile dont_inherit', lambda: eval(compile('8', '', 'eval', 0, True)))
try:
    compile('x = (', 'prog.py', 'exec')
except SyntaxError as e:
    print('SyntaxError fields', e.msg, e.filename, e.lineno, e.offset, repr(e.text))
t('eval code with globals', lambda: eval(compile('k * 2', '', 'eval'), {'k': 21}))
t('exec code object twice', lambda: [exec(c2, {}) for _ in range(2)])
t('code eq', lambda: type(compile('1', '', 'eval')) is type((lambda: 0).__code__))
t('eval code from exec mode', lambda: eval(compile('r = 1', '', 'exec')))
