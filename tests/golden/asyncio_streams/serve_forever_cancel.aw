# serve_forever() runs until its task is cancelled, then closes the server; a second
# serve_forever() and serving a closed server are RuntimeErrors.
import asyncio

def handler(reader, writer):
    # a plain function as client_connected_cb: called, not run as a task
    writer.write(b'hi from a plain callback\n')
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0, start_serving=False)
    print('serving before', server.is_serving())
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print('serving', server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('server <Server sockets=('), str(e).endswith('is already being awaited on serve_forever()'))
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.read())
    writer.close()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('serve_forever cancelled')
    print('serving after', server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
    await server.wait_closed()
    print(repr(server))

asyncio.run(main())
