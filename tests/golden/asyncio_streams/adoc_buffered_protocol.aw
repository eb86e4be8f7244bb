# A BufferedProtocol over a TCP connection: the transport fills the buffers get_buffer gives
# and announces each copy with buffer_updated.
import asyncio


class Buf(asyncio.BufferedProtocol):
    def __init__(self, done, size):
        self.buf = bytearray(size)
        self.got = bytearray()
        self.updates = 0
        self.done = done

    def connection_made(self, transport):
        self.transport = transport

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.updates += 1
        self.got += self.buf[:nbytes]

    def eof_received(self):
        print('eof', bytes(self.got))

    def connection_lost(self, exc):
        self.done.set_result(bytes(self.got))


class Empty(Buf):
    def get_buffer(self, sizehint):
        return bytearray()


async def handle(reader, writer):
    writer.write(b'0123456789abcdef')
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Buf(done, 4), '127.0.0.1', port)
    print(await done, pr.updates >= 4)
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Buf(done, 1000), '127.0.0.1', port)
    print(await done)
    loop.set_exception_handler(lambda loop, ctx: print('handler:', ctx['message'], repr(ctx['exception'])))
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Empty(done, 0), '127.0.0.1', port)
    print(await done)
    server.close()
    await server.wait_closed()


asyncio.run(main())
