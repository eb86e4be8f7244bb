# seeds/004_405aac4ebaf944ef.txt, "What about multiple coroutines?". Unchanged (runs 5 s: the
# 2 s fetch must end between the 0.5 s ticks it ends between in the lesson).
import asyncio

async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(2)
    print("Data fetched")
    return {'data': 1}

async def print_numbers():
    for i in range(10):
        print(i)
        await asyncio.sleep(0.5)

async def main():
    task1 = asyncio.create_task(fetch_data())
    task2 = asyncio.create_task(print_numbers())

    # Wait for all tasks to complete
    await task1
    await task2

asyncio.run(main())
