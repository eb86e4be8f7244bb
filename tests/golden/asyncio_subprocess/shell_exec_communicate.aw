# asyncio.create_subprocess_shell/exec: concurrent children, communicate with input, line reading, wait, terminate.
import asyncio
import sys

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    report = [f'[{cmd!r} exited with {proc.returncode}]']
    if stdout:
        report.append(f'[stdout]\n{stdout.decode()}')
    if stderr:
        report.append(f'[stderr]\n{stderr.decode()}')
    return "\n".join(report)

async def main():
    # the children run concurrently; their reports are printed in a fixed order
    for report in await asyncio.gather(run('echo hello; sleep 0.1; echo world'), run('echo oops >&2; exit 3')):
        print(report)
    proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b'piped input\n')
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', 'print("line1"); print("line2")', stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        print("got", line)
    print(await proc.wait(), repr(proc).startswith('<Process '))
    proc = await asyncio.create_subprocess_exec('sleep', '10')
    proc.terminate()
    print(await proc.wait())
    p2 = await asyncio.create_subprocess_exec('true')
    print(await p2.wait(), p2.stdout)

asyncio.run(main())
