"""asyncio.runners: CPython's submodule of that name over aw's one native asyncio module
(`from asyncio.runners import ...` and pickling by module name work)."""

from asyncio import (Runner, run)

__all__ = ('Runner', 'run')
