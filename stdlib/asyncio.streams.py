"""asyncio.streams: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.streams import ...` and pickling by module name work)."""

from asyncio import (StreamReader, StreamWriter, StreamReaderProtocol, open_connection,
    start_server, open_unix_connection, start_unix_server)

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
    'start_server', 'open_unix_connection', 'start_unix_server')
