# Objects that are not event loops passed where asyncio takes a loop (a Runner's loop_factory
# returning a stand-in): no tasks, no current task, never a crash.
import asyncio

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
