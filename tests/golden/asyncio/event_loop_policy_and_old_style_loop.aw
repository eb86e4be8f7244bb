# the pre-3.7 tutorial style: get_event_loop/run_until_complete/close, and the loop policy API
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    return n


loop = asyncio.get_event_loop()
print(loop.run_until_complete(work(1)))
tasks = [loop.create_task(work(i)) for i in range(3)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(sorted(t.result() for t in done), pending)
print(loop.run_until_complete(asyncio.gather(*(work(i) for i in range(3)))))
loop.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.ensure_future(work(5))
print(fut.done(), loop.run_until_complete(fut), fut.done())
print(asyncio.get_event_loop() is loop)

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(policy is asyncio.get_event_loop_policy(), policy.get_event_loop() is loop)
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
print(asyncio.get_event_loop_policy() is policy)
asyncio.set_event_loop_policy(None)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print(e)
new = policy.new_event_loop()
print(new is loop, new.is_closed())
new.close()
loop.close()
