# A cancelled sock_recv/sock_connect must not unregister the next call on the same socket
# (CPython's loop only removes its own reader/writer), and sock_recvfrom_into.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    task = asyncio.create_task(loop.sock_recv(a, 100))
    await asyncio.sleep(0)
    task.cancel()
    asyncio.create_task(loop.sock_sendall(b, b'after cancel'))
    print(await asyncio.wait_for(loop.sock_recv(a, 100), 5))
    print(task.cancelled())

    buf = bytearray(4)
    task = asyncio.create_task(loop.sock_recv_into(a, buf))
    await asyncio.sleep(0)
    task.cancel()
    loop.call_soon(b.send, b'xyz')
    print(await asyncio.wait_for(loop.sock_recv_into(a, buf), 5), buf)
    a.close()
    b.close()

    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(('127.0.0.1', 0))
    u1.setblocking(False)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.setblocking(False)
    buf = bytearray(16)
    loop.call_soon(u2.sendto, b'datagram', u1.getsockname())
    n, addr = await asyncio.wait_for(loop.sock_recvfrom_into(u1, buf), 5)
    print(n, bytes(buf[:n]), addr == u2.getsockname())
    loop.call_soon(u2.sendto, b'datagram', u1.getsockname())
    n, addr = await asyncio.wait_for(loop.sock_recvfrom_into(u1, buf, 4), 5)
    print(n, bytes(buf[:n]))
    u1.close()
    u2.close()

asyncio.run(main())
