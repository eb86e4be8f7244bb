# TypeErrors of the async iteration and await protocols, with CPython 3.11's wording.
import asyncio


class NoAnext:
    def __aiter__(self):
        return self


class AnextGivesInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class AwaitGivesCoroutine:
    def __await__(self):
        return helper()


class AwaitGivesInt:
    def __await__(self):
        return 3


async def helper():
    return "helper"


async def iterate(obj):
    async for item in obj:
        print(item)


async def comprehend(obj):
    return [item async for item in obj]


async def wait_on(obj):
    return await obj


async def main():
    cases = [
        ("list in async for", iterate([1, 2])),
        ("no __anext__", iterate(NoAnext())),
        ("__anext__ gives int", iterate(AnextGivesInt())),
        ("comprehension over int-giving __anext__", comprehend(AnextGivesInt())),
        ("await a number", wait_on(5)),
        ("__await__ gives coroutine", wait_on(AwaitGivesCoroutine())),
        ("__await__ gives int", wait_on(AwaitGivesInt())),
    ]
    for label, coro in cases:
        try:
            await coro
        except TypeError as e:
            print(f"{label}: {e}")


asyncio.run(main())
