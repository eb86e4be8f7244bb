# seeds/001_43f372e4516aea44.txt, "Running Coroutines".
# Changes: asyncio.sleep(1) -> 0.01; the commented-out `asyncio.run(main_single())` is run.
import asyncio

async def greet(name):
    await asyncio.sleep(0.01) # Simulate some work
    print(f"Hello, {name}!")

async def main_single():
    print("Running single coroutine...")
    await greet("Alice")
    print("Single coroutine finished.")

asyncio.run(main_single())
