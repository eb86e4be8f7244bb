import asyncio, time
def blocking(x):
    time.sleep(0.05)
    return x * 2
async def main():
    t = asyncio.create_task(asyncio.to_thread(blocking, 21))
    print(await t)
asyncio.run(main())
