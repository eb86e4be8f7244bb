# throw() into a finished coroutine raises RuntimeError('cannot reuse already awaited coroutine'),
# as send() does; a finished generator (also a types.coroutine one) re-raises what is thrown in.
import types

async def coroutine():
    return 'spam'

coro = coroutine()
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)
for action in (lambda: coro.send(None), lambda: coro.throw(ValueError('late')), lambda: coro.throw(GeneratorExit)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
    except Exception as e:
        print(type(e).__name__, e)
coro.close()
coro.close()
print("closed twice")

aw = coroutine().__await__()
try:
    next(aw)
except StopIteration as e:
    print("wrapper returned", e.value)
try:
    aw.throw(ValueError('x'))
except RuntimeError as e:
    print("wrapper RuntimeError:", e)

def gen():
    yield 1
g = gen()
list(g)
try:
    g.throw(ValueError('into finished generator'))
except ValueError as e:
    print("generator re-raises:", e)

@types.coroutine
def legacy():
    yield
    return 'legacy'
c = legacy()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("legacy", e.value)
try:
    c.throw(ValueError('after'))
except ValueError as e:
    print("legacy re-raises:", e)
