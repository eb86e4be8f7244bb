# seeds/001_43f372e4516aea44.txt, "The async and await Keywords".
# Changes: asyncio.sleep(2) -> 0.02; the commented-out `asyncio.run(main())` is run.
import asyncio

async def fetch_data():
    print("Fetching data...")
    await asyncio.sleep(0.02)  # Simulate a 2-second I/O operation
    print("Data fetched!")
    return {"data": "Some important data"}

async def main():
    print("Starting main...")
    data = await fetch_data()
    print(f"Received: {data}")
    print("Main finished.")

# To run the main coroutine
asyncio.run(main())
