"""importlib: import_module, reload and invalidate_caches over aw's import system.

aw has no importlib machinery (finders, loaders, specs); import_module resolves a relative
name as CPython's importlib._bootstrap._resolve_name does and imports with __import__.
"""
import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """aw keeps no finder caches: nothing to do."""


def reload(module):
    """Run the module's source again in its own namespace (a source module only)."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
