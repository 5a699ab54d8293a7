import traceback, sys, io

def clean(text):
    return text.replace(__file__, 'FILE')

def inner():
    return {}['missing']
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError('wrapped') from e
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(clean(text))
    print(traceback.format_exception_only(sys.exception()))
    lines = traceback.format_exception(sys.exception())
    print(''.join(lines) == text, lines[-1])
    print(clean(''.join(traceback.format_exception(sys.exception(), chain=False))))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
try:
    x = 1 / 0
except ZeroDivisionError as e:
    e.add_note('a note')
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), te.exc_type_str, str(te))
    print(clean(''.join(te.format())))
print(repr(traceback.format_exc()))
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError('t')])
except ExceptionGroup as eg:
    print(clean(''.join(traceback.format_exception(eg))))
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
class Custom(Exception):
    def __str__(self):
        return 'custom text'
print(traceback.format_exception_only(Custom()), traceback.format_exception_only(KeyError('k')))
