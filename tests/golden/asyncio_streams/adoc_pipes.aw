# loop.connect_read_pipe and loop.connect_write_pipe over os.pipe().
import asyncio
import os


class R(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = b''

    def connection_made(self, transport):
        print('read connection_made')

    def data_received(self, data):
        self.data += data

    def eof_received(self):
        print('eof')

    def connection_lost(self, exc):
        print('read lost', exc)
        self.done.set_result(self.data)


class W(asyncio.BaseProtocol):
    def connection_made(self, transport):
        print('write connection_made')

    def connection_lost(self, exc):
        print('write lost', exc)


async def main():
    loop = asyncio.get_running_loop()
    rfd, wfd = os.pipe()
    done = loop.create_future()
    rt, rp = await loop.connect_read_pipe(lambda: R(done), os.fdopen(rfd, 'rb', 0))
    wt, wp = await loop.connect_write_pipe(W, os.fdopen(wfd, 'wb', 0))
    wt.write(b'hello ')
    wt.writelines([b'pipe', b'!'])
    print(wt.can_write_eof(), wt.get_write_buffer_size())
    wt.close()
    print(await done)
    await asyncio.sleep(0.01)
    print(rt.is_closing(), wt.is_closing())

    # stream reader on a read pipe
    rfd, wfd = os.pipe()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(rfd, 'rb', 0))
    os.write(wfd, b'first\nsecond\n')
    os.close(wfd)
    print([line async for line in reader])

    with open(__file__, 'rb') as f:
        try:
            await loop.connect_read_pipe(asyncio.Protocol, f)
        except ValueError as e:
            print(e)


asyncio.run(main())
