# What the current event loop still holds at exit is never reported (CPython keeps that loop,
# and whatever its pending tasks reach, past its last collection); other loops' pending tasks
# and failed tasks are reported as "destroyed but pending" / "exception was never retrieved".
import subprocess
import sys

PROGRAM = """
import asyncio

async def ticker():
    await asyncio.sleep(5)

async def broken():
    raise KeyError("lost")

async def start(loop, fail):
    global failed
    loop.create_task(ticker(), name="left-behind")
    if fail:
        failed = loop.create_task(broken(), name="failed")
    await asyncio.sleep(0)

loop = asyncio.{make}()
{extra}loop.run_until_complete(start(loop, {fail}))
print("main finished")
"""

SECOND = "first = loop\nloop = asyncio.new_event_loop()\nfirst.run_until_complete(start(first, False))\n"

cases = [
    ("get_event_loop", "", False),
    ("get_event_loop", "", True),
    ("new_event_loop", "asyncio.set_event_loop(loop)\n", True),
    ("new_event_loop", "", False),
    ("get_event_loop", SECOND, True),
]
for make, extra, fail in cases:
    source = PROGRAM.format(make=make, extra=extra, fail=fail)
    done = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
    print(make, repr(extra[:20]), fail, done.returncode, repr(done.stdout))
    for line in done.stderr.splitlines():
        print("  stderr:", line.split(" coro=")[0])
