# Objects that are not event loops passed where asyncio takes a loop, and blank instances of
# built-in types without a constructor (copy of a coroutine): errors, never crashes.
import asyncio, copy

class FakeLoop:
    """Stands in for a loop: every method is a no-op that records its name."""
    def __init__(self):
        self.calls = []
    def __getattr__(self, name):
        def method(*args, **kwargs):
            self.calls.append(name)
        return method

fake = FakeLoop()
print(asyncio.all_tasks(fake))
print(asyncio.current_task(fake))
with asyncio.Runner(loop_factory=lambda: fake) as runner:
    print(runner.get_loop() is fake)
print(fake.calls)

async def job():
    return 1

coro = job()
for thing in (coro, coro.__await__()):
    try:
        copy.copy(thing)
        print("copied")
    except TypeError:
        print("TypeError for", type(thing).__name__)
for maker in (lambda: object.__new__(type(coro)), lambda: type(coro).__new__(type(coro)),
              lambda: object.__new__(type(i for i in ()))):
    try:
        maker()
    except TypeError as e:
        print(e)
coro.close()
