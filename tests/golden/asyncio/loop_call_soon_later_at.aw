# call_soon runs in FIFO order; call_later/call_at by deadline; handles can be cancelled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []
    loop.call_later(0.02, log.append, "later 0.02")
    loop.call_at(loop.time() + 0.01, log.append, "at +0.01")
    h = loop.call_later(0.015, log.append, "cancelled")
    loop.call_soon(log.append, "soon 1")
    loop.call_soon(log.append, "soon 2")
    print("handle cancelled?", h.cancelled())
    h.cancel()
    print("handle cancelled?", h.cancelled())
    loop.call_later(0.03, done.set_result, None)
    await done
    print(log)

asyncio.run(main())
