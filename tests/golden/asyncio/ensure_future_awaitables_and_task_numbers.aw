# ensure_future/gather/wait_for accept any awaitable (an __await__ object, agen.__anext__()),
# wrapping it in a task; task numbers go on across asyncio.run calls as in CPython
import asyncio


class Ready:
    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return "custom"


async def agen():
    yield 1


async def main():
    print(await asyncio.gather(Ready(), agen().__anext__()))
    t = asyncio.ensure_future(Ready())
    print(type(t).__name__, await t)
    print(await asyncio.wait_for(agen().__anext__(), 1))
    try:
        asyncio.create_task(Ready())
    except TypeError as e:
        print(str(e).split(" at 0x")[0])


async def name():
    print(asyncio.current_task().get_name())


asyncio.run(main())
asyncio.run(name())
with asyncio.Runner() as runner:
    runner.run(name())
    runner.run(name())
asyncio.run(name())
