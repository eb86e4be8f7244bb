# Subclasses of Lock and Semaphore: overridden acquire/release run under `async with`, whose
# `as` target is None.
import asyncio

class LoggingLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name

    async def acquire(self):
        print(self.name, "acquire")
        return await super().acquire()

    def release(self):
        print(self.name, "release")
        super().release()

class CountingSemaphore(asyncio.BoundedSemaphore):
    releases = 0

    def release(self):
        CountingSemaphore.releases += 1
        super().release()

async def main():
    lock = LoggingLock("L")
    async with lock as got:
        print("inside", got, lock.locked())
    print(lock.locked(), isinstance(lock, asyncio.Lock), lock.name)
    sem = CountingSemaphore(2)
    async with sem as got:
        print("sem inside", got, sem.locked())
        async with sem:
            print("both", sem.locked())
    print(CountingSemaphore.releases, sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Lock()
    async with plain as got:
        print("plain", got, plain.locked())
    print(plain.locked())

asyncio.run(main())
