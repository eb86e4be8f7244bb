# A timeout that does not expire changes nothing; its states show in repr.
import asyncio

async def main():
    cm = asyncio.timeout(None)
    print(repr(cm), cm.when())
    async with cm:
        await asyncio.sleep(0.01)
    print(repr(cm), cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
        print("inside, when is a float:", isinstance(cm2.when(), float))
    print(repr(cm2), cm2.expired())

asyncio.run(main())
