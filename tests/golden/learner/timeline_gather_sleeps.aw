# aw --timeline: three brews gathered by main; each row shows the sleep and the end.
import asyncio


async def brew(name, minutes):
    print(f"{name} started")
    await asyncio.sleep(minutes)
    print(f"{name} done")
    return name


async def main():
    done = await asyncio.gather(brew("tea", 3), brew("coffee", 5), brew("soup", 10))
    print(done)


asyncio.run(main())
