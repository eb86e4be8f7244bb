"""Echo round trips over asyncio streams on 127.0.0.1 (bench/streams.sh runs it with aw and
CPython): one client writes a 100-byte line and waits for the server to echo it, N times.
Prints the round trips per second and the CPU seconds used on stderr, a checksum on stdout."""
import asyncio
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
MSG = b'x' * 99 + b'\n'


async def handler(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
    writer.close()


async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    t0, c0 = time.perf_counter(), time.process_time()
    total = 0
    for _ in range(N):
        writer.write(MSG)
        total += len(await reader.readline())
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(f'{N / dt:.0f} round trips/s, {cpu:.3f} s CPU', file=sys.stderr)
    print(total)


asyncio.run(main())
