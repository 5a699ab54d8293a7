# SyntaxError: constructor forms, fields, str(), subclasses IndentationError/TabError, errors from compile()
def show(e):
    print(type(e).__name__, repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, len(e.args))
show(SyntaxError())
show(SyntaxError('just msg'))
show(SyntaxError('msg', ('f.py', 3, 5, 'bad line\n')))
show(SyntaxError('msg', ('f.py', 3, 5, 'bad line\n', 3, 9)))
show(SyntaxError('msg', (None, None, None, None)))
show(SyntaxError('msg', ('f.py', 1, 1, 'x')))
show(IndentationError('ind', ('g.py', 2, 1, '  y\n')))
show(TabError('tabs'))
try:
    SyntaxError('m', ('f', 1))
except Exception as err:
    print(type(err).__name__, err)
try:
    SyntaxError('m', 5)
except Exception as err:
    print(type(err).__name__, err)
e = SyntaxError('m', ('f', 1, 2, 'code'))
e.lineno = 10
e.msg = 'changed'
print(str(e), e.args)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), SyntaxError.__mro__[1].__name__)
for src in ['x = ', '(1, 2', 'def f(:\n  pass', 'if True\n  x = 1', 'return', 'a = 1 +* 2', "f'{'", 'x = [1, 2', '1 = x', 'del 5',
            'for x in y:\npass', 'class', 'lambda: (yield)' if False else 'print "x"', "'unterminated", '"""never', 'x ===  1', 'import',
            'while True:\n    break\n  continue', 'a, b += 1', 'x: int = 1 = 2']:
    try:
        compile(src, 'prog.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.filename)
