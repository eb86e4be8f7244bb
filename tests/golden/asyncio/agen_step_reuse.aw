# Awaiting an async generator's step object twice: the RuntimeError names __anext__()/asend() or
# aclose()/athrow(), whichever made it.
import asyncio

async def numbers():
    yield 1
    yield 2

async def main():
    for make in (lambda it: it.__anext__(), lambda it: it.asend(None), lambda it: it.aclose(),
                 lambda it: it.athrow(ValueError("stop"))):
        it = numbers()
        step = make(it)
        try:
            print("first:", await step)
        except ValueError as e:
            print("first raised:", e)
        try:
            await step
        except RuntimeError as e:
            print("again:", e)
        await it.aclose()

asyncio.run(main())
