# The native parts of asyncio streams called with the wrong things: every call raises, none
# crashes. (aw-only: the names are aw's internals.)
import asyncio, _asyncio

for fn in (_asyncio._stream_ready, _asyncio._stream_lost, _asyncio._stream_resume,
           _asyncio._tcp_connect, _asyncio._tcp_listen, _asyncio._unix_connect, _asyncio._unix_listen):
    for args in [(), (1,), (None, None), (None, None, None), ('/nonexistent/dir/x.sock', 1)]:
        try:
            fn(*args)
        except Exception as e:
            print(fn.__name__, type(e).__name__)

async def main():
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)
    r, w = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1])
    T = type(w.transport)
    L = type(server._sockets[0])
    for name in ['write', 'close', 'abort', 'is_closing', 'can_write_eof', 'write_eof', 'get_extra_info',
                 '_start', 'set_write_buffer_limits', 'get_write_buffer_limits', 'pause_reading',
                 'resume_reading', 'is_reading', 'get_protocol', 'set_protocol', 'get_write_buffer_size']:
        for args in [(42, b'x'), ()]:
            try:
                getattr(T, name)(*args)
            except Exception as e:
                print(name, type(e).__name__, e)
    for name in ['start', 'close', 'getsockname', 'fileno']:
        try:
            getattr(L, name)(42)
        except Exception as e:
            print(name, type(e).__name__, e)
    for port in [-1, 70000, 2 ** 70, 1.5, [1], 'x' * 100]:
        try:
            await asyncio.open_connection('127.0.0.1', port)
        except Exception as e:
            print('port', type(e).__name__, e)
    for host in [42, 'a' * 300, '127.0.0.1\0x']:
        try:
            await asyncio.open_connection(host, 1)
        except Exception as e:
            print('host', type(e).__name__, e)
    try:
        T()
    except Exception as e:
        print(type(e).__name__, e)
    for args in [(10, 20), (-1, None), ('a', 'b')]:
        try:
            w.transport.set_write_buffer_limits(*args)
        except Exception as e:
            print(type(e).__name__, e)
    w.transport.set_protocol(42)

asyncio.run(main())
