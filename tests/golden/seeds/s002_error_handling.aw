# seeds/002_8927539780ba061a.txt, section 9 (risky_operation).
# Changes: `import asyncio` (from the lesson's earlier example); asyncio.sleep(1) -> 0.01.
import asyncio

async def risky_operation():
    await asyncio.sleep(0.01)
    raise ValueError("Something went wrong")

async def main():
    try:
        await risky_operation()
    except ValueError as e:
        print(f"Caught an error: {e}")

asyncio.run(main())
