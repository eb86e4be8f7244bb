# The pre-3.7 tutorial shape: run_until_complete(start_server(...)), run_forever() until a
# client task stops the loop, then close and wait_closed by hand.
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    print("Received %r" % message)
    writer.write(data)
    await writer.drain()
    writer.close()

async def client(port, loop):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'Hello World!')
    data = await reader.read(100)
    print('Received: %r' % data.decode())
    writer.close()
    loop.stop()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
coro = asyncio.start_server(handle_echo, '127.0.0.1', 0)
server = loop.run_until_complete(coro)
port = server.sockets[0].getsockname()[1]
print('Serving on', server.sockets[0].getsockname()[0])
loop.create_task(client(port, loop))
try:
    loop.run_forever()
except KeyboardInterrupt:
    pass
server.close()
loop.run_until_complete(server.wait_closed())
loop.close()
print('closed')
