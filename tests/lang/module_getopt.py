import getopt

cases = [
    ('-a -b -cfoo -d bar a1 a2', 'abc:d:', []),
    ('-abcvalue rest', 'abc:', []),
    ('--condition=foo --testing --output-file abc.def -x a1 a2', 'x', ['condition=', 'output-file=', 'testing']),
    ('-a arg -b', 'ab', []),
    ('-a -- -b', 'ab', []),
    ('- -a', 'a', []),
    ('--cond=x --test', '', ['condition=', 'testing']),
    ('--al', '', ['alpha', 'alpine']),
    ('--alpha', '', ['alpha', 'alphabet']),
    ('--verb', '', 'verbose'),
    ('--flag=', '', ['flag=']),
    ('--flag=1', '', ['flag']),
    ('--need', '', ['need=']),
    ('-z', 'ab', []),
    ('-c', 'c:', []),
    ('--nope', 'a', ['yes']),
    ('-:', 'a:', []),
    ('', 'a', []),
]
for line, short, long in cases:
    args = line.split()
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, args, 'GetoptError', str(e), repr(e.opt), e.msg, e.args)
print(getopt.gnu_getopt(['a', '-x', 'b', '--long', 'c', '--', '-y'], 'xy', ['long']))
print(getopt.gnu_getopt(['a', '-x', 'b'], '+x'))
print(getopt.gnu_getopt(['-x', 'a', '-x'], '+x'))
print(getopt.getopt(('-a', 'b'), 'a'))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(repr(e), str(e), repr(e.opt), e.args)
try:
    raise getopt.GetoptError('bad', 'x')
except getopt.error as err:
    print(type(err).__name__, err, err.opt)
