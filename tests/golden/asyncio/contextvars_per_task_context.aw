# each task runs in a copy of the context current when it was created (a request id set in one
# task is not seen by the others), create_task(context=) and call_soon(context=) as CPython
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def log(msg):
    await asyncio.sleep(0)
    print(f"[{request_id.get()}] {msg}")


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    await log(f"handled after {delay}")
    return request_id.get()


async def show(tag):
    await asyncio.sleep(0)
    print(tag, request_id.get())


async def main():
    request_id.set("main")
    t = asyncio.create_task(show("task copied at creation:"))
    request_id.set("main changed")
    await t
    print(await asyncio.gather(handle("r1", 0.02), handle("r2", 0.01), handle("r3", 0)))
    print("main still", request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "ctx value")
    await asyncio.create_task(show("explicit context:"), context=ctx)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("call_soon context:", request_id.get()), context=ctx)
    loop.call_later(0.001, lambda tag: print(tag, request_id.get()), "call_later context:", context=ctx)
    await asyncio.sleep(0.01)
    try:
        loop.call_soon(print, color="red")
    except TypeError as e:
        print(e)
    print("main at the end", request_id.get())


asyncio.run(main())
