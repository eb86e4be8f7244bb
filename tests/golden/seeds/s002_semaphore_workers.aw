# seeds/002_8927539780ba061a.txt, section 13 (Semaphore for limiting concurrency).
# Changes: `import asyncio` (from the lesson's earlier example); asyncio.sleep(1) -> 0.01.
import asyncio

async def worker(semaphore, worker_id):
    async with semaphore:
        print(f"Worker {worker_id} acquired the semaphore")
        await asyncio.sleep(0.01)  # Simulate some work
        print(f"Worker {worker_id} released the semaphore")

async def main():
    # Allow only 2 workers at a time
    semaphore = asyncio.Semaphore(2)
  
    # Create 5 workers
    workers = [worker(semaphore, i) for i in range(5)]
  
    # Run all workers concurrently
    await asyncio.gather(*workers)

asyncio.run(main())
