import asyncio, time
def cpu(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s
async def ticker(out):
    for i in range(10):
        out.append(i)
        await asyncio.sleep(0.01)
async def main():
    out = []
    t = asyncio.create_task(ticker(out))
    r = await asyncio.to_thread(cpu, 3000000)
    print(r, len(out) >= 5)
    await t
asyncio.run(main())
