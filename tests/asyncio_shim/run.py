#!/usr/bin/python3
"""Run an aw/Python program on CPython 3.11 with aw's asyncio prelude instead of CPython's asyncio.

    tests/asyncio_shim/run.py PROG.aw [ARGS...]
    tests/run.sh --aw tests/asyncio_shim/run.py tests/golden/asyncio tests/golden/seeds

`import asyncio` in PROG then gives stdlib/asyncio.py running on top of tests/asyncio_shim/_asyncio.py,
a shim exposing CPython's real event loop, Future, Task, sleep... under the names of aw's native
core (ASYNC_CORE.md). So a golden test whose .out came from plain CPython and that passes here
checks the prelude's gather/wait_for/queues/locks/... against CPython's own.

Order matters: CPython's real asyncio is imported first (it needs CPython's C `_asyncio`), then kept
as sys.modules['_real_asyncio']; only then are the shim and the prelude put in as `_asyncio` and
`asyncio`. The real asyncio's submodules keep working: they bound their imports at load time.
"""
import importlib.util
import os
import runpy
import sys

# sys.path[0] is this folder: drop it, or CPython's asyncio would find the shim _asyncio.py
# instead of its C accelerator and silently fall back to its pure-Python Future and Task.
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != _here]

sys.dont_write_bytecode = True   # no __pycache__ beside the prelude or the shim

import asyncio as _real_asyncio   # noqa: E402
import _asyncio as _c_asyncio     # noqa: E402

assert _c_asyncio.__name__ == '_asyncio' and hasattr(_c_asyncio, '_enter_task'), _c_asyncio
assert _real_asyncio.Task is _c_asyncio.Task, 'CPython asyncio lost its C Task'

_root = os.path.dirname(os.path.dirname(_here))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main():
    if len(sys.argv) < 2:
        sys.stderr.write('usage: run.py PROG [ARGS...]\n')
        sys.exit(2)
    # The policy is made lazily by `from . import DefaultEventLoopPolicy`, which would look in
    # the prelude once it is sys.modules['asyncio']: make it now.
    _real_asyncio.get_event_loop_policy()
    sys.modules['_real_asyncio'] = _real_asyncio
    _load('_asyncio', os.path.join(_here, '_asyncio.py'))
    _load('asyncio', os.path.join(_root, 'stdlib', 'asyncio.py'))
    prog = sys.argv[1]
    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(prog))
    # CPython gives the __main__ script an absolute co_filename (task reprs, tracebacks)
    runpy.run_path(os.path.abspath(prog), run_name="__main__")


if __name__ == '__main__':
    main()
