# `from asyncio import *` brings the streams API, as CPython's asyncio.__all__ does.
from asyncio import *

async def handle(reader, writer):
    writer.write(await reader.readline())
    writer.close()

async def main():
    server = await start_server(handle, '127.0.0.1', 0)
    reader, writer = await open_connection('127.0.0.1', server.sockets[0].getsockname()[1])
    writer.write(b'star\n')
    print(await reader.readline())
    print(StreamReader, StreamWriter, IncompleteReadError, LimitOverrunError, Protocol, Server)
    writer.close()
    server.close()

run(main())
