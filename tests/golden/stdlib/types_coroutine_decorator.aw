# types.coroutine turns a generator function into something await accepts.
import types, asyncio
@types.coroutine
def legacy():
    yield
    return 5
async def main():
    return await legacy()
print(asyncio.run(main()))
