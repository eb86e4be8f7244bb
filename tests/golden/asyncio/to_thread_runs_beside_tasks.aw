import asyncio, time
def blocking(n, tag=""):
    time.sleep(0.3)
    return n * 2, tag
def cpu(n):
    s = 0
    for i in range(n):
        s += i
    return s
async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0.05)
async def main():
    start = time.monotonic()
    r = await asyncio.gather(asyncio.to_thread(blocking, 1, tag="a"), asyncio.to_thread(blocking, 2), ticker())
    print(r[:2], time.monotonic() - start < 0.5)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, cpu, 100000))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("err", e)
asyncio.run(main())
