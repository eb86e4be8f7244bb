# 200 clients at once against one server; each sends its number and gets it doubled back.
import asyncio

N = 200
active = 0
peak = 0

async def handler(reader, writer):
    global active, peak
    active += 1
    peak = max(peak, active)
    line = await reader.readline()
    n = int(line)
    await asyncio.sleep(0.01)
    writer.write(b'%d\n' % (n * 2))
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    active -= 1

async def client(port, i):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'%d\n' % i)
    await writer.drain()
    answer = int(await reader.readline())
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answer, rest

async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0, backlog=N)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(*(client(port, i) for i in range(N)))
        print(len(results), all(a == 2 * i and r == b'' for i, (a, r) in enumerate(results)))
        print('sum', sum(a for a, _ in results))
    print('serving after async with', server.is_serving())
    await asyncio.sleep(0.05)
    print('active', active, 'peak > 1', peak > 1)

asyncio.run(main())
