# The reprs of Server, StreamWriter, StreamReader and the transport through a connection's
# life (descriptors and ports masked).
import asyncio
import re

def show(obj):
    print(re.sub(r"fd=\d+|, \d+\)", lambda m: 'fd=N' if m.group().startswith('fd') else ', PORT)', repr(obj)))

async def main():
    server = await asyncio.start_server(lambda r, w: w.write(b'12345'), '127.0.0.1', 0)
    show(server)
    reader, writer = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1], limit=10)
    show(writer)
    await asyncio.sleep(0.05)
    show(reader)
    writer.close()
    show(writer.transport)
    await writer.wait_closed()
    show(writer.transport)
    show(reader)
    server.close()
    show(server)
    print(repr(asyncio.StreamReader()))

asyncio.run(main())
