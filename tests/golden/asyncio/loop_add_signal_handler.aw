import asyncio, os, signal

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    seen = []
    def on_term(tag):
        seen.append(tag)
        print("got SIGTERM", tag)
        stop.set()
    loop.add_signal_handler(signal.SIGTERM, on_term, "graceful")
    loop.add_signal_handler(signal.SIGUSR1, lambda: print("usr1"))
    async def worker():
        for i in range(3):
            await asyncio.sleep(0.01)
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)
    task = asyncio.create_task(worker())
    await stop.wait()
    await task
    print("removed", loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM))
    for bad, exc in [((signal.SIGKILL, print), RuntimeError), (("x", print), TypeError), ((0, print), ValueError)]:
        try:
            loop.add_signal_handler(*bad)
        except exc as e:
            print(type(e).__name__, e)
    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print("TypeError", e)
    print("seen", seen)

asyncio.run(main())
