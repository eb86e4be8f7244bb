# PYTHONASYNCIODEBUG=1 turns debug mode on for every new loop; run(debug=False) turns it off.
import asyncio


async def show(label):
    print(label, asyncio.get_running_loop().get_debug())


asyncio.run(show("run():"))
asyncio.run(show("run(debug=False):"), debug=False)
loop = asyncio.new_event_loop()
print("new_event_loop():", loop.get_debug())
loop.close()
