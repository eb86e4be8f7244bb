# seeds/002_8927539780ba061a.txt, section 10 (cancelling a long-running task).
# Changes: `import asyncio` (from the lesson's earlier example); sleep(1) -> 0.2, sleep(3) -> 0.6
# (the worker must print three times before the cancel, even on a loaded machine).
import asyncio

async def long_running_task():
    try:
        while True:
            print("Working...")
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print("Task was cancelled")
        # Clean up resources if needed
        raise  # Re-raise the exception

async def main():
    task = asyncio.create_task(long_running_task())
  
    # Let the task run for 3 seconds
    await asyncio.sleep(0.6)
  
    # Cancel the task
    task.cancel()
  
    try:
        await task
    except asyncio.CancelledError:
        print("Main: task was cancelled")

asyncio.run(main())
