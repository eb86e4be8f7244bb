"""asyncio.protocols: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.protocols import ...` and pickling by module name work)."""

from asyncio import (BaseProtocol, Protocol, DatagramProtocol, SubprocessProtocol,
    BufferedProtocol)

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
    'BufferedProtocol')
