# A Handle's repr names its callback with the arguments, as CPython's asyncio formats it.
import asyncio
import functools


class Greeter:
    def hello(self, name):
        print("hello", name)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.call_soon(print, 1, "a"))
    print(loop.call_soon(Greeter().hello, ["x"]))
    print(loop.call_soon(functools.partial(print, 2)))
    print(loop.call_soon(functools.partial(print, 2, 3), 4))
    handle = loop.call_soon(print, "never")
    handle.cancel()
    print(handle)
    timer = loop.call_later(10, print)
    print(repr(timer).startswith("<TimerHandle when="), repr(timer).endswith(" print()>"))
    timer.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
