# seeds/002_8927539780ba061a.txt, section 10 (wait_for timeout).
# Changes: `import asyncio` (from the lesson's earlier example); sleep(5) -> 0.05, timeout 2 -> 0.02.
import asyncio

async def slow_operation():
    await asyncio.sleep(0.05)
    return "Result after 5 seconds"

async def main():
    try:
        # Wait for at most 2 seconds
        result = await asyncio.wait_for(slow_operation(), timeout=0.02)
        print(result)
    except asyncio.TimeoutError:
        print("Operation took too long")

asyncio.run(main())
