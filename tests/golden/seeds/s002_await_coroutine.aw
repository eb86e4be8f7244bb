# seeds/002_8927539780ba061a.txt, section 6 (awaiting a coroutine).
# Changes: `import asyncio` (from the lesson's earlier example); asyncio.sleep(2) -> 0.02.
import asyncio

async def fetch_data():
    print("Starting to fetch data")
    await asyncio.sleep(0.02)  # Simulating network delay
    print("Data fetched")
    return "Important data"

async def main():
    data = await fetch_data()  # Awaiting a coroutine
    print(f"Received: {data}")

asyncio.run(main())
