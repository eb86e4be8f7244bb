# seeds/002_8927539780ba061a.txt, section 12 (AsyncCounter).
# Changes: `import asyncio` (from the lesson's earlier example); sleeps unchanged (0.5 s).
import asyncio

class AsyncCounter:
    def __init__(self, limit):
        self.limit = limit
        self.counter = 0
  
    def __aiter__(self):
        return self
  
    async def __anext__(self):
        if self.counter < self.limit:
            self.counter += 1
            await asyncio.sleep(0.5)  # Simulate some async work
            return self.counter
        else:
            raise StopAsyncIteration

async def main():
    async for number in AsyncCounter(5):
        print(f"Got number: {number}")

asyncio.run(main())
