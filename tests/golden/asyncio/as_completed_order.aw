# as_completed yields awaitables that give results in completion order.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    aws = [job("third", 0.03), job("first", 0.01), job("second", 0.02)]
    for fut in asyncio.as_completed(aws):
        print(await fut)

asyncio.run(main())
