# Once set_event_loop(None) ran (asyncio.run does it when it ends), get_event_loop() and Future()
# with no running loop raise instead of making a loop; isfuture/ensure_future accept duck-typed
# futures; a cancelled future shows its message as _cancel_message.
import asyncio, warnings
warnings.simplefilter("ignore")

class DuckFuture:
    _asyncio_future_blocking = None
    def __init__(self):
        self._asyncio_future_blocking = False
    def __iter__(self):
        yield self
    __await__ = __iter__

async def main():
    return "main done"

print(asyncio.run(main()))
for label, call in (("get_event_loop", asyncio.get_event_loop), ("Future", asyncio.Future)):
    try:
        call()
        print(label, "made one")
    except RuntimeError as e:
        print(label, "->", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, asyncio.Future().get_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after set_event_loop(None):", e)

print(asyncio.isfuture(DuckFuture), asyncio.isfuture(DuckFuture()), asyncio.isfuture(object()))
duck = DuckFuture()
print(asyncio.ensure_future(duck) is duck)
f = loop.create_future()
print(f._cancel_message)
f.cancel("stop now")
print(f._cancel_message, f.cancelled())
loop.close()
