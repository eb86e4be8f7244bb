# Future's result/exception/cancel rules and InvalidStateError messages.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), repr(f))
    for op in (f.result, f.exception):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(7)
    print(f.result(), f.exception(), repr(f))
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("cancel a done future:", f.cancel())
    g = loop.create_future()
    g.set_exception(OSError("disk"))
    print(repr(g.exception()))
    try:
        g.result()
    except OSError as e:
        print("result raises", repr(e))
    h = loop.create_future()
    print(h.cancel(), h.cancelled(), repr(h))
    try:
        h.exception()
    except asyncio.CancelledError:
        print("exception() of cancelled raises CancelledError")
    print(asyncio.isfuture(h), asyncio.isfuture(1), h.get_loop() is loop)
    print(await asyncio.ensure_future(asyncio.sleep(0, "via ensure_future")))

asyncio.run(main())
