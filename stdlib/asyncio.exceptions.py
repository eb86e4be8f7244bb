"""asyncio.exceptions: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.exceptions import ...` and pickling by module name work)."""

from asyncio import (BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError,
    IncompleteReadError, LimitOverrunError)

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'IncompleteReadError', 'LimitOverrunError')
