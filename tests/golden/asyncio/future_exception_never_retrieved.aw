# a plain Future whose exception nobody retrieved is reported when it is collected, as CPython's
# Future.__del__ does; retrieving it (result, exception, await) silences the report
import asyncio
import gc


async def main():
    loop = asyncio.get_running_loop()
    seen = loop.create_future()
    seen.set_exception(ValueError("retrieved"))
    print(repr(seen.exception()))
    awaited = loop.create_future()
    awaited.set_exception(KeyError("awaited"))
    try:
        await awaited
    except KeyError as e:
        print("awaited", e)
    del seen, awaited
    gc.collect()
    lost = loop.create_future()
    lost.set_exception(KeyError("lost"))
    del lost
    gc.collect()
    print("after collect")
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print(e)


asyncio.run(main())
