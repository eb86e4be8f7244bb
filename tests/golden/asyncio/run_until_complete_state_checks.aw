# run_until_complete checks the loop before it makes a task of its argument (closed, already
# running, another loop running), as CPython's; the coroutine is then left unawaited.
import asyncio


async def say(x):
    return x


loop = asyncio.new_event_loop()
print(loop.run_until_complete(say(1)))


async def inner():
    c = say(2)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(c.cr_frame is not None, asyncio.iscoroutine(c))
    c.close()
    other = asyncio.new_event_loop()
    c = say(3)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    other.close()
    print(len(asyncio.all_tasks()))


loop.run_until_complete(inner())
loop.close()
c = say(4)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.cr_frame is not None)
c.close()
