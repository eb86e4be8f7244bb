# A Handle's repr (and "Exception in callback") shows each argument as reprlib.repr does:
# long strings, numbers, bytes and other reprs are cut in the middle, containers shortened.
import asyncio


class Wordy:
    def __repr__(self):
        return "<Wordy " + "w" * 40 + ">"


def callback(*args):
    pass


async def main():
    loop = asyncio.get_running_loop()
    handle = loop.call_soon(callback, "abc" * 20, 7 ** 60, list(range(10)), {"k": 1, "l": 2},
                            (1, 2), b"xyz" * 20, Wordy(), None, 2.5)
    text = repr(handle)
    print(text[:text.index(" at ")])
    short = loop.call_soon(callback, "ok", 1)
    text = repr(short)
    print(text[:text.index(" at ")])
    await asyncio.sleep(0)


asyncio.run(main())
