# seeds/003_cc82a54837ebee1a.txt, "You can only await inside async def" (a SyntaxError on purpose).
async def foo():
    await asyncio.sleep(1)  # ✅ OK

def bar():
    await asyncio.sleep(1)  # ❌ SyntaxError
