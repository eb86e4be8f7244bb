# Handle / TimerHandle types and reprs; a pending Future's repr lists its callbacks
import asyncio


def cb(*args):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(cb)
    print(f)
    f.add_done_callback(print)
    print(f)
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print(f)
    f.set_result(1)
    print(f)
    h = loop.call_soon(cb, 1, "x")
    print(h, type(h).__name__, isinstance(h, asyncio.Handle))
    t = loop.call_later(100, cb)
    print(type(t).__name__, isinstance(t, asyncio.TimerHandle), isinstance(t, asyncio.Handle))
    print(t.when() > loop.time(), hasattr(h, "when"))
    t.cancel()
    print(t.cancelled(), repr(t).startswith("<TimerHandle cancelled when="))
    print(asyncio.Handle, asyncio.TimerHandle)
    print(isinstance(loop, asyncio.AbstractEventLoop))


asyncio.run(main())
