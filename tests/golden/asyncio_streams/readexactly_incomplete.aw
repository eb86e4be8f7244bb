# readexactly() returns exactly n bytes, or raises IncompleteReadError(partial, expected) at EOF.
import asyncio

async def handler(reader, writer):
    writer.write(b'HEAD' + b'x' * 10 + b'tail')
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readexactly(4))
    print(await reader.readexactly(0))
    print(await reader.readexactly(10))
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e)
        print('partial', e.partial, 'expected', e.expected)
        print(isinstance(e, EOFError), e.args)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print('ValueError', e)
    print(await reader.readexactly(5) if False else 'done', reader.at_eof())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print(e, e.partial, e.expected)
    writer.close()
    server.close()

asyncio.run(main())
