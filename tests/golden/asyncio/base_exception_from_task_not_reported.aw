# KeyboardInterrupt or SystemExit leaving asyncio.run / run_until_complete: the task's
# exception counts as retrieved (no "Task exception was never retrieved" later).
import subprocess
import sys

PROGRAM = """
import asyncio

async def stop(kind):
    await asyncio.sleep(0)
    raise kind

for kind in (KeyboardInterrupt, SystemExit):
    try:
        asyncio.run(stop(kind))
    except BaseException as e:
        print("asyncio.run raised", type(e).__name__)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(stop(kind))
    except BaseException as e:
        print("run_until_complete raised", type(e).__name__)
    loop.close()
"""

done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True)
print(done.returncode)
print(done.stdout, end="")
print("stderr:", repr(done.stderr))
