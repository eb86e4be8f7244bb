# asyncio debug mode switches: run(debug=True), set_debug/get_debug, slow_callback_duration,
# and the loop's repr.
import asyncio


async def show(label):
    loop = asyncio.get_running_loop()
    print(label, loop.get_debug(), loop.slow_callback_duration)


asyncio.run(show("default:"))
asyncio.run(show("debug=True:"), debug=True)
asyncio.run(show("debug=False:"), debug=False)

loop = asyncio.new_event_loop()
print(loop.get_debug(), repr(loop).endswith("debug=False>"))
loop.set_debug(True)
loop.slow_callback_duration = 0.5
print(loop.get_debug(), loop.slow_callback_duration, repr(loop).endswith("debug=True>"))
loop.set_debug(False)
print(loop.get_debug())
loop.close()
