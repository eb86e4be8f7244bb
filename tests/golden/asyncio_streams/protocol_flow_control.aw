# A Protocol sees pause_writing() when the transport's buffer passes the high-water mark and
# resume_writing() when it drains; eof_received() returning True keeps the transport open for
# writing (half-close), returning None closes it.
import asyncio

class Sink(asyncio.Protocol):
    """Reads nothing until told to, then counts bytes; answers when the sender half-closes."""
    def __init__(self):
        self.count = 0
        self.done = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        transport.pause_reading()
        print('sink reading', transport.is_reading())

    def data_received(self, data):
        self.count += len(data)

    def eof_received(self):
        print('sink eof after', self.count, 'bytes')
        self.transport.write(b'got %d' % self.count)
        self.transport.close()
        return True

class Sender(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.resumed = asyncio.get_running_loop().create_future()
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')
        if not self.resumed.done():
            self.resumed.set_result(None)

    def data_received(self, data):
        print('sender got', data)

    def eof_received(self):
        print('sender eof')

    def connection_lost(self, exc):
        print('sender lost', exc)
        self.lost.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    sinks = []
    server = await loop.create_server(lambda: sinks.append(Sink()) or sinks[-1], '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    transport, sender = await loop.create_connection(Sender, '127.0.0.1', port)
    transport.set_write_buffer_limits(high=1000)
    print('limits', transport.get_write_buffer_limits())
    await asyncio.sleep(0.05)
    transport.write(b'x' * 8_000_000)
    print('paused at once', sender.events == ['pause'], transport.get_write_buffer_size() > 1000)
    sinks[0].transport.resume_reading()
    await sender.resumed
    print('events', sender.events)
    transport.write_eof()
    print('can still write after eof?', transport.can_write_eof())
    await sender.lost
    print('sink counted', sinks[0].count)
    server.close()
    await server.wait_closed()

asyncio.run(main())
