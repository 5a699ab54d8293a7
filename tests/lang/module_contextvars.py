# contextvars: variables, tokens, contexts, and their use by asyncio tasks and threads.
import asyncio
import contextvars as cv
import threading

v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(repr(v).split(' at ')[0], repr(w).split(' at ')[0], v.name, v.get(), w.get('dflt'))
t = v.set(2)
print(repr(t).split(' at ')[0], t.var is v, t.old_value, t.MISSING, repr(t.MISSING), v.get())
try:
    w.get()
except LookupError as e:
    print('LookupError', repr(e).split(' at ')[0])
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print(str(e).split(' at ')[0], '|', str(e).split('>')[-1])
t2 = w.set(5)
try:
    v.reset(t2)
except ValueError as e:
    print(str(e).split('>')[-1])
ctx = cv.copy_context()
print(type(ctx), len(ctx), w in ctx, ctx[w], list(ctx.keys()) == [w], ctx.get(v, 'd'), dict(ctx.items()) == {w: 5})


def f():
    w.set(9)
    return w.get()


print(ctx.run(f), w.get(), ctx[w])
try:
    ctx.run(lambda: ctx.run(f))
except RuntimeError as e:
    print(str(e).split(' at ')[0])
t3 = None


def g():
    global t3
    t3 = w.set(1)


cv.Context().run(g)
try:
    w.reset(t3)
except ValueError as e:
    print(str(e).split('>')[-1])
print(len(cv.Context()), v in cv.Context())
try:
    cv.Context()[v]
except KeyError as e:
    print('KeyError', repr(e).split(' at ')[0])
print(cv.ContextVar('z', default=None).get())
for bad in [lambda: cv.ContextVar(1), lambda: ctx[1], lambda: v.reset(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', str(e).split(' at ')[0])
print(cv.ContextVar[int], cv.Token[str])
snap = cv.copy_context()
v.set(100)
print(snap.get(v, 'unset'), v.get(), cv.copy_context()[v])

request = cv.ContextVar('request', default='none')


async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    return f'{name} sees {request.get()}'


async def main():
    request.set('main')
    results = await asyncio.gather(handler('a', 0.02), handler('b', 0.01))
    print(results, request.get())
    ctx2 = cv.copy_context()
    ctx2.run(request.set, 'in ctx2')
    task = asyncio.create_task(handler_get(), context=ctx2)
    print(await task, task.get_context() is ctx2)


async def handler_get():
    return request.get()


asyncio.run(main())
print(request.get())

seen = []
v.set('main value')


def in_thread():
    seen.append(v.get())
    v.set('thread value')
    seen.append(v.get())


th = threading.Thread(target=in_thread)
th.start()
th.join()
print(seen, v.get())
