# an exception in a callback is reported with the callback and its Handle, as CPython's
# default exception handler does; a custom handler gets the handle in its context
import asyncio


def bad(*args):
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad)
    fut.set_result(3)
    await asyncio.sleep(0)

    def handler(loop, context):
        print("handler got", sorted(context), context["message"])
        print(repr(context["exception"]), context["handle"])
    loop.set_exception_handler(handler)
    loop.call_soon(bad, 1, "a")
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom report", "future": fut})
    print("still running")
    loop.call_soon(bad)
    await asyncio.sleep(0)


asyncio.run(main())
