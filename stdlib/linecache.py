"""linecache: lines of source files, from aw's traceback source cache.

aw: the cache is the one tracebacks use (stdlib/traceback.c's `_traceback.source_line`),
which also knows the text of `-c` code, stdin and frozen modules. getline returns the line
with its newline, or '' when there is none, as CPython's does.
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]


class _Cache(dict):
    """CPython's linecache.cache: filename -> (size, mtime, lines, fullname). Programs (timeit,
    doctest-like tools) store the source of code they compile under a made-up name here;
    aw also hands such text to the traceback printer, so tracebacks show its lines."""

    def __setitem__(self, filename, entry):
        super().__setitem__(filename, entry)
        if isinstance(filename, str) and isinstance(entry, tuple) and len(entry) == 4:
            lines = entry[2]
            if isinstance(lines, list) and all(isinstance(l, str) for l in lines):
                _traceback.register_source(
                    filename, ''.join(l if l.endswith('\n') else l + '\n' for l in lines))


cache = _Cache()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache."""
    lines = getlines(filename, module_globals) if filename in cache else None
    if lines is not None:
        return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''
    line = _traceback.source_line(filename, lineno)
    return '' if line is None else line + '\n'


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    lines = []
    while True:
        line = _traceback.source_line(filename, len(lines) + 1)
        if line is None:
            return lines
        lines.append(line + '\n')


def clearcache():
    """Clear the cache entirely (aw: the traceback cache keeps its entries)."""
    cache.clear()


def checkcache(filename=None):
    """Discard cache entries that are out of date (aw: nothing to do)."""


def updatecache(filename, module_globals=None):
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
