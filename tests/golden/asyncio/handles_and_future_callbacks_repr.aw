# Handle / TimerHandle types and reprs; a pending Future's repr lists its callbacks
import asyncio
import os

_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(*args):
    # the script's own directory differs between checkouts: print paths relative to it
    print(*(str(a).replace(_HERE, "") for a in args))



def cb(*args):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show(f)
    f.add_done_callback(cb)
    show(f)
    f.add_done_callback(id)
    show(f)
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    show(f)
    f.set_result(1)
    show(f)
    h = loop.call_soon(cb, 1, "x")
    show(h, type(h).__name__, isinstance(h, asyncio.Handle))
    t = loop.call_later(100, cb)
    show(type(t).__name__, isinstance(t, asyncio.TimerHandle), isinstance(t, asyncio.Handle))
    show(t.when() > loop.time(), hasattr(h, "when"))
    t.cancel()
    show(t.cancelled(), repr(t).startswith("<TimerHandle cancelled when="))
    show(asyncio.Handle, asyncio.TimerHandle)
    show(isinstance(loop, asyncio.AbstractEventLoop))


asyncio.run(main())
