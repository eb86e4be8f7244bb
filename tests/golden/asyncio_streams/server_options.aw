# start_server options: a list of hosts, limit= for the server's readers, the socket options
# that only tune (reuse_address) accepted, an unknown keyword a TypeError; a plain callback
# that raises is reported like any failing callback and the server keeps serving.
import asyncio

calls = 0

def handler(reader, writer):
    global calls
    calls += 1
    if calls == 1:
        1 / 0
    asyncio.get_running_loop().create_task(reply(reader, writer))

async def reply(reader, writer):
    try:
        await reader.readline()
    except ValueError as e:
        writer.write(b'ValueError: %s\n' % str(e).encode())
    writer.close()

async def main():
    try:
        await asyncio.start_server(handler, '127.0.0.1', 0, colour='blue')
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.open_connection('127.0.0.1', 1, colour='blue')
    except TypeError as e:
        print('TypeError', e)
    server = await asyncio.start_server(handler, ['127.0.0.1'], 0, limit=8, reuse_address=True)
    print(len(server.sockets), 'socket')
    port = server.sockets[0].getsockname()[1]
    r1, w1 = await asyncio.open_connection('127.0.0.1', port)
    await asyncio.sleep(0.05)
    r2, w2 = await asyncio.open_connection('127.0.0.1', port)
    w2.write(b'this line is longer than eight bytes\n')
    print(await r2.read())
    w1.close()
    w2.close()
    server.close()
    await server.wait_closed()
    print('calls', calls)

asyncio.run(main())
