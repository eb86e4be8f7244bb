# asyncio.Runner (3.11): several run() calls on one loop, close(), errors
import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return 2 * x


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise


async def start_background():
    asyncio.get_running_loop().create_task(background())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    print(runner.run(double(1)), runner.run(double(2)))
    loop = runner.get_loop()
    print(loop is runner.get_loop(), loop.is_closed())
    runner.run(start_background())
print(loop.is_closed())
try:
    runner.run(double(3))
except RuntimeError as e:
    print(e)

runner = asyncio.Runner(debug=True)
print(runner.get_loop().get_debug())
try:
    runner.run(42)
except ValueError as e:
    print(e)
runner.close()
runner.close()


async def nested():
    try:
        asyncio.Runner().run(double(1))
    except RuntimeError as e:
        print(e)
        return "ok"

coro = double(4)
print(asyncio.Runner().run(nested()))
coro.close()
