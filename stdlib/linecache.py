"""linecache: lines of source files, from aw's traceback source cache.

aw: the cache is the one tracebacks use (stdlib/traceback.c's `_traceback.source_line`),
which also knows the text of `-c` code, stdin and frozen modules. getline returns the line
with its newline, or '' when there is none, as CPython's does.
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache."""
    line = _traceback.source_line(filename, lineno)
    return '' if line is None else line + '\n'


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    lines = []
    while True:
        line = _traceback.source_line(filename, len(lines) + 1)
        if line is None:
            return lines
        lines.append(line + '\n')


def clearcache():
    """Clear the cache entirely (aw: the traceback cache keeps its entries)."""


def checkcache(filename=None):
    """Discard cache entries that are out of date (aw: nothing to do)."""


def updatecache(filename, module_globals=None):
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
