import asyncio
from contextlib import asynccontextmanager, AsyncExitStack
@asynccontextmanager
async def atag(n):
    print('a<', n)
    try:
        yield n * 2
    finally:
        print('a>', n)
async def main():
    async with atag(3) as v:
        print('v', v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(atag(5))
        print('stack body', v)
asyncio.run(main())
