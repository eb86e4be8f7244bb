import asyncio, time
async def brew(name, minutes):
    print(f"{name} started")
    await asyncio.sleep(minutes)
    print(f"{name} done")
    return name
async def main():
    start = time.monotonic()
    done = await asyncio.gather(brew("tea", 3), brew("coffee", 5), brew("soup", 10))
    time.sleep(1)
    print(done, f"{time.monotonic() - start:.1f}s")
asyncio.run(main())
