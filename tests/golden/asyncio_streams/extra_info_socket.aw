# get_extra_info('socket') is a TransportSocket: family, type, proto, fileno (-1 once closed),
# getsockname and getpeername, and CPython's repr.
import asyncio, re
def mask(s):
    return re.sub(r"fd=\d+|, \d+\)", lambda m: 'fd=N' if m.group().startswith('fd') else ', PORT)', str(s))
async def main():
    s = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)
    r, w = await asyncio.open_connection('127.0.0.1', s.sockets[0].getsockname()[1])
    sock = w.get_extra_info('socket')
    print(mask(sock))
    print(sock.family, sock.type, sock.proto, sock.fileno() > 2, sock.getsockname() == w.get_extra_info('sockname'))
    print(sock.getpeername() == w.get_extra_info('peername'))
    w.close()
    await w.wait_closed()
    print(mask(sock), sock.fileno())
    s.close()
asyncio.run(main())
