# an exception in a callback is reported with the callback and its Handle, as CPython's
# default exception handler does; a custom handler gets the handle in its context
import asyncio
import os

_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(*args):
    # the script's own directory differs between checkouts: print paths relative to it
    print(*(str(a).replace(_HERE, "") for a in args))



def bad(*args):
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.set_result(3)
    await asyncio.sleep(0)

    def handler(loop, context):
        show("handler got", sorted(context), context["message"])
        show(repr(context["exception"]), context["handle"])
    loop.set_exception_handler(handler)
    loop.call_soon(bad, 1, "a")
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom report", "future": fut})
    show("still running")
    loop.call_soon(bad)
    await asyncio.sleep(0)


asyncio.run(main())
