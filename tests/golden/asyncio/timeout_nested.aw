# With nested timeouts only the one that expired raises TimeoutError; the outer one is unaffected.
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out")
        print("inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0)
    print("outer finished, expired:", outer.expired())
    try:
        async with asyncio.timeout(0.01) as outer2:
            async with asyncio.timeout(1) as inner2:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer2 timed out; inner2 expired:", inner2.expired(), "outer2 expired:", outer2.expired())

asyncio.run(main())
