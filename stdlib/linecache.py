"""linecache: lines of source files, from aw's traceback source cache.

aw: the cache is the one tracebacks use (stdlib/traceback.c's `_traceback.source_line`),
which also knows the text of `-c` code, stdin and frozen modules. getline returns the line
with its newline, or '' when there is none, as CPython's does.
"""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

class _Cache(dict):
    """CPython's linecache.cache: filename -> (size, mtime, lines, fullname), or (get_lines,)
    for a lazycache entry not yet used. Files not in it are read from the traceback cache.
    Programs (timeit, doctest-like tools) store the source of code they compile under a
    made-up name here; aw also hands such text to the traceback printer, so tracebacks show
    its lines."""

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
    if filename in cache or module_globals is not None:
        lines = getlines(filename, module_globals)
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
            break
        lines.append(line + '\n')
    if not lines and (entry is not None or module_globals is not None):
        return updatecache(filename, module_globals)
    return lines


def clearcache():
    """Clear the cache entirely (aw: the traceback cache keeps its file entries)."""
    cache.clear()


def checkcache(filename=None):
    """Discard cache entries that are out of date (aw: nothing to do)."""


def updatecache(filename, module_globals=None):
    """Read the lines of filename from its module's __loader__ when there is no such file."""
    entry = cache.pop(filename, None)
    if entry is not None and len(entry) == 1:
        get_lines = entry[0]
    elif lazycache(filename, module_globals):
        get_lines = cache.pop(filename)[0]
    else:
        return []
    try:
        data = get_lines()
    except (ImportError, OSError):
        return []
    if data is None:
        return []
    lines = data.splitlines(keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(data), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Register filename's module loader to give its lines on demand (CPython's rules)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
        module_file = module_globals.get('__file__')
        if name and isinstance(module_file, str) and module_file != filename:
            # aw's modules have no __loader__: their source is the text of their __file__
            cache[filename] = (lambda: ''.join(getlines(module_file)),)
            return True
    return False
