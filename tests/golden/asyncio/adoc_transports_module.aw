# asyncio.transports' classes (asyncio.Transport, DatagramTransport, ...), asyncio.log, and
# isinstance checks on the transports the loop makes.
import asyncio
import socket
from asyncio import log, transports

print(log.logger.name, asyncio.Transport is transports.Transport)
print([c.__name__ for c in asyncio.Transport.__mro__])
print(issubclass(asyncio.DatagramTransport, asyncio.BaseTransport),
      issubclass(asyncio.SubprocessTransport, asyncio.Transport))
t = asyncio.Transport({'k': 1})
print(t.get_extra_info('k'), t.get_extra_info('missing', 'dflt'))
for call in (t.write, t.close, t.is_closing, t.pause_reading, t.get_write_buffer_size):
    try:
        call(b'x') if call == t.write else call()
    except NotImplementedError:
        print('NotImplementedError', call.__name__)
print(isinstance(1, asyncio.Transport), 'Transport' in asyncio.__all__)


class Mine(asyncio.Transport):
    def __init__(self):
        super().__init__()
        self.closed = False

    def close(self):
        self.closed = True


m = Mine()
m.close()
print(m.closed, isinstance(m, asyncio.ReadTransport), isinstance(m, asyncio.DatagramTransport))


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    tr, pr = await loop.create_connection(asyncio.Protocol, sock=a)
    print(isinstance(tr, asyncio.Transport), isinstance(tr, asyncio.WriteTransport),
          isinstance(tr, asyncio.DatagramTransport))
    tr.close()
    b.close()
    dt, dp = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0))
    print(isinstance(dt, asyncio.DatagramTransport), isinstance(dt, asyncio.Transport))
    dt.close()
    await asyncio.sleep(0)

asyncio.run(main())
