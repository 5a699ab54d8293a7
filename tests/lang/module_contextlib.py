from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout,
                        ContextDecorator, asynccontextmanager, AsyncExitStack, AbstractContextManager)
import contextlib, io, sys

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print(e)
with suppress(ValueError):
    raise ExceptionGroup('g', [ValueError(1), ValueError(2)])
print('group suppressed')

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closing', self.n)
with closing(Res(1)) as r:
    print('using', r.n)
with nullcontext(5) as v:
    print('null', v)

with ExitStack() as stack:
    rs = [stack.enter_context(tag(f'r{i}')) for i in range(3)]
    stack.callback(print, 'callback ran')
    print(rs)
def cleanup_fail():
    raise RuntimeError('cleanup failed')
try:
    with ExitStack() as st:
        st.callback(cleanup_fail)
        raise KeyError('original')
except RuntimeError as e:
    print('got', e, 'context', repr(e.__context__))
with ExitStack() as st:
    st.push(lambda *exc: True)
    raise IndexError('eaten')
print('exit stack suppressed')
st = ExitStack(); st.callback(print, 'popped later'); moved = st.pop_all(); st.close(); print('closed empty'); moved.close()
try:
    ExitStack().enter_context(3)
except TypeError as e:
    print(e)

class track(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0])
        return False
@track()
def work(x):
    print('work', x)
    return x * 2
print(work(21))

buf = io.StringIO()
with redirect_stdout(buf):
    print('captured text')
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)

@asynccontextmanager
async def agen():
    print('aenter')
    yield 'A'
    print('aexit')
async def main():
    async with agen() as a:
        print('got', a)
    async with AsyncExitStack() as s:
        x = await s.enter_async_context(agen())
        s.push_async_callback(acb)
        print('x', x)
async def acb():
    print('async callback')
coro = main()
try:
    coro.send(None)
except StopIteration:
    print('done')
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Res, AbstractContextManager))
