# With no current loop, a Future subclass gets its loop from its __init__, and gather() takes the
# loop of its first future for the coroutines after it; futures of two loops are refused.
import asyncio
asyncio.set_event_loop(None)
l = asyncio.new_event_loop()
l2 = asyncio.new_event_loop()

class Gathered(asyncio.Future):
    def __init__(self, parts, *, loop):
        super().__init__(loop=loop)
        self.parts = parts

g = Gathered([1, 2], loop=l)
print(g.get_loop() is l, g.parts)

class Plain(asyncio.Future):
    pass
try:
    Plain()
except RuntimeError as e:
    print("Plain():", e)
print(Plain(loop=l2).get_loop() is l2)

f1 = l.create_future()
f2 = l2.create_future()
try:
    asyncio.gather(f1, f2)
except ValueError as e:
    print("ValueError:", e)

async def job():
    return "job"

out = asyncio.gather(f1, job())
print(out.get_loop() is l)
f1.set_result("f1")
print(l.run_until_complete(out))
l.close()
l2.close()
