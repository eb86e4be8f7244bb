# Ctrl-C (SIGINT) in asyncio.Runner().run cancels the main task, then raises KeyboardInterrupt
# while handling its CancelledError; the Runner cancels the other tasks as it closes
import asyncio, os
async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cleanup")
async def main():
    t = asyncio.create_task(worker())
    asyncio.get_running_loop().call_later(0.05, os.kill, os.getpid(), 2)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")
try:
    with asyncio.Runner() as runner:
        runner.run(main())
except KeyboardInterrupt as e:
    print("context:", repr(e.__context__))
    raise
