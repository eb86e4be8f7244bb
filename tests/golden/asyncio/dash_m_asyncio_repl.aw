# `-m asyncio`: a prompt that takes top-level await, with asyncio imported (run through
# sys.executable; the prompts themselves are left out of the comparison).
import subprocess, sys

lines = [
    "await asyncio.sleep(0.01)",
    "x = await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))",
    "print(x)",
    "async def f(n):",
    "    await asyncio.sleep(0)",
    "    return n * 2",
    "",
    "print(await f(21))",
    "t = asyncio.create_task(f(5))",
    "print(await t, t.done())",
]
r = subprocess.run([sys.executable, "-m", "asyncio"], input="\n".join(lines) + "\n",
                   capture_output=True, text=True, timeout=60)
out = r.stdout.replace(">>> ", "").replace("... ", "").split()
print(r.returncode, out)
print('Use "await" directly instead of "asyncio.run()".' in r.stderr, "exiting asyncio REPL..." in r.stderr)
