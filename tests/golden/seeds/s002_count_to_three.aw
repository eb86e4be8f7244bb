# seeds/002_8927539780ba061a.txt, section 5 (count_to_three).
# Changes: `import asyncio` (from the lesson's earlier example); asyncio.sleep(1) -> 0.01.
import asyncio

async def count_to_three():
    for i in range(1, 4):
        print(f"Counting {i}")
        await asyncio.sleep(0.01)  # Pause for 1 second

asyncio.run(count_to_three())
