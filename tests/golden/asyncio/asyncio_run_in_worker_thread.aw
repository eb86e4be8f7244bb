# each thread has its own running loop: asyncio.run works inside a worker thread while the
# main loop runs, and a thread feeds the main loop's queue with run_coroutine_threadsafe
import asyncio
import threading
import time


def producer(loop, q):
    for i in range(3):
        time.sleep(0.01)
        asyncio.run_coroutine_threadsafe(q.put(i), loop).result()
    loop.call_soon_threadsafe(q.put_nowait, None)


def run_own_loop():
    async def inner():
        await asyncio.sleep(0.01)
        loop = asyncio.get_running_loop()
        return threading.current_thread().name != "MainThread", loop.is_running()
    return asyncio.run(inner())


async def main():
    q = asyncio.Queue()
    main_loop = asyncio.get_running_loop()
    t = threading.Thread(target=producer, args=(main_loop, q))
    t.start()
    while (item := await q.get()) is not None:
        print("got", item)
    t.join()
    print(await asyncio.to_thread(run_own_loop))
    print(asyncio.get_running_loop() is main_loop)


asyncio.run(main())
