# seeds/004_405aac4ebaf944ef.txt, using the event loop directly. Changes: say_after(1, ...) ->
# say_after(0.01, ...).
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    loop = asyncio.get_event_loop()
    task = loop.create_task(say_after(0.01, 'hello'))
    await task

loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
