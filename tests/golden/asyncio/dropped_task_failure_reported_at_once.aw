# A task nobody keeps (create_task as a statement) that fails is reported through the loop's
# exception handler as soon as it is done, as CPython frees it then; a kept one is not.
import asyncio

log = []


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), sorted(context))
    print("  future is a task:", isinstance(context["future"], asyncio.Task))


async def fail_later(tag, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print("raising", tag)
    raise LookupError(tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(fail_later("dropped", 1))
    loop.create_task(fail_later("loop-made", 2))
    asyncio.ensure_future(fail_later("ensured", 3))
    kept = asyncio.create_task(fail_later("kept", 1))
    for step in range(5):
        print("main step", step)
        await asyncio.sleep(0)
    print("kept failed with", repr(kept.exception()))


asyncio.run(main())
print("done")
