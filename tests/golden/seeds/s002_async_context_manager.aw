# seeds/002_8927539780ba061a.txt, section 11 (AsyncResource).
# Changes: `import asyncio` (from the lesson's earlier example); asyncio.sleep(1) -> 0.01.
import asyncio

class AsyncResource:
    async def __aenter__(self):
        print("Acquiring resource")
        await asyncio.sleep(0.01)  # Simulate resource acquisition
        print("Resource acquired")
        return self
  
    async def __aexit__(self, exc_type, exc_val, exc_tb):
        print("Releasing resource")
        await asyncio.sleep(0.01)  # Simulate resource release
        print("Resource released")
  
    async def use(self):
        print("Using resource")
        await asyncio.sleep(0.01)

async def main():
    async with AsyncResource() as resource:
        await resource.use()

asyncio.run(main())
