# readuntil() with separators, LimitOverrunError past the limit, readline()'s ValueError,
# and IncompleteReadError(partial, None) when EOF comes before the separator.
import asyncio

async def handler(reader, writer):
    writer.write(b'key=value;;next=1;;')
    writer.write(b'A' * 40 + b'\n')
    writer.write(b'B' * 10 + b'\n')
    writer.write(b'C' * 40 + b';;')
    writer.write(b'short\n')
    writer.write(b'unterminated')
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=16)
    await asyncio.sleep(0.1)
    print(await reader.readuntil(b';;'))
    print(await reader.readuntil(b';;'))
    try:
        await reader.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await reader.readline())
    try:
        await reader.readuntil(b';;')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
        print(await reader.read(e.consumed + 2))
    try:
        await reader.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)
    print(await reader.readuntil(b'\n'))
    try:
        await reader.readuntil(b'\n')
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    print(await reader.readuntil(b'\n') if reader.at_eof() and False else reader.at_eof())
    print(asyncio.LimitOverrunError('m', 3).consumed, asyncio.exceptions.IncompleteReadError)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)
    writer.close()
    server.close()

asyncio.run(main())
