# Event: set() wakes every waiter still waiting (a cancelled one stays cancelled); wait() on a
# set event returns at once; clear() makes later waits block again.
import asyncio

def mask(text):
    # the address after " at 0x" differs from run to run
    out = []
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = i + 6
        while j < len(text) and text[j] in "0123456789abcdef":
            j += 1
        out.append(text[:i] + " at ADDR")
        text = text[j:]
    return "".join(out) + text

async def main():
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        try:
            log.append((name, await ev.wait()))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
            raise

    tasks = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(mask(repr(ev)))
    tasks[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print(ev.is_set(), log)
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, await ev.wait())
    ev.clear()
    late = asyncio.create_task(waiter("late"))
    await asyncio.sleep(0)
    print(ev.is_set(), late.done())
    ev.set()
    await late
    print(log[-1])

asyncio.run(main())
