# loop.subprocess_exec and loop.subprocess_shell with a SubprocessProtocol (the
# asyncio-protocol page's "loop.subprocess_exec() and SubprocessProtocol" example).
import asyncio
import sys


class DateProtocol(asyncio.SubprocessProtocol):
    def __init__(self, exit_future):
        self.exit_future = exit_future
        self.output = bytearray()
        self.pipes_closed = set()
        self.exited = False

    def connection_made(self, transport):
        print('connection_made', transport.get_returncode())

    def pipe_connection_lost(self, fd, exc):
        self.pipes_closed.add(fd)
        self.check_for_exit()

    def pipe_data_received(self, fd, data):
        self.output.extend(b'%d:' % fd + data)

    def process_exited(self):
        self.exited = True
        self.check_for_exit()

    def check_for_exit(self):
        if self.pipes_closed == {1, 2} and self.exited and not self.exit_future.done():
            self.exit_future.set_result(True)

    def connection_lost(self, exc):
        print('connection_lost', exc)


async def get_date():
    loop = asyncio.get_running_loop()
    code = 'import datetime; print(datetime.date(2020, 1, 2))'
    exit_future = asyncio.Future(loop=loop)
    transport, protocol = await loop.subprocess_exec(
        lambda: DateProtocol(exit_future), sys.executable, '-c', code, stdin=None)
    await exit_future
    print(transport.get_pipe_transport(0), transport.get_pipe_transport(1) is not None)
    print(isinstance(transport.get_pid(), int))
    transport.close()
    print(transport.is_closing())
    data = bytes(protocol.output)
    return data.decode('ascii').rstrip(), transport.get_returncode()


class Echo(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.out = b''

    def pipe_data_received(self, fd, data):
        self.out += data

    def connection_lost(self, exc):
        self.done.set_result(self.out)


async def shell():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_shell(lambda: Echo(done), 'read x; echo "got $x"; exit 4')
    stdin = transport.get_pipe_transport(0)
    stdin.write(b'input\n')
    stdin.close()
    print(await done, transport.get_returncode())
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Echo(done), 'sleep', '10')
    transport.terminate()
    print(await done, transport.get_returncode())
    transport.close()
    for call in (lambda: loop.subprocess_shell(asyncio.SubprocessProtocol, ['ls']),
                 lambda: loop.subprocess_exec(asyncio.SubprocessProtocol, 'ls', shell=True),
                 lambda: loop.subprocess_exec(asyncio.SubprocessProtocol, 'ls', bufsize=1),
                 lambda: loop.subprocess_exec(asyncio.SubprocessProtocol, 'ls', text=True),
                 lambda: loop.subprocess_shell(asyncio.SubprocessProtocol, 'ls', encoding='utf-8')):
        try:
            await call()
        except ValueError as e:
            print('ValueError:', e)
    try:
        await loop.subprocess_exec(asyncio.SubprocessProtocol, '/nonexistent/program')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)


print(f"Current date: {asyncio.run(get_date())}")
asyncio.run(shell())
