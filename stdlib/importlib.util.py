"""importlib.util: load a module from a file by hand, find where a module would come from.

CPython 3.11's names and behaviour over importlib.machinery: spec_from_file_location,
spec_from_loader, module_from_spec, find_spec, resolve_name, decode_source, cache_from_source
and source_from_cache (the paths CPython would use; aw writes no bytecode), MAGIC_NUMBER.
Modules aw imported itself carry no __spec__; find_spec describes them from their __file__ or
from what aw has built in.
"""

import _imp
import sys as _sys
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 FrozenImporter, PathFinder)
from importlib import _resolve_name

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec', 'module_from_spec',
           'resolve_name', 'source_from_cache', 'source_hash', 'spec_from_file_location',
           'spec_from_loader']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
_PYCACHE = '__pycache__'
_OPT = 'opt-'
_POPULATE = object()


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def decode_source(source_bytes):
    """Decode bytes of Python source: the PEP 263 coding line, else UTF-8; universal newlines."""
    import io, tokenize
    encoding = tokenize.detect_encoding(io.BytesIO(source_bytes).readline)[0]
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def source_hash(source_bytes):
    raise NotImplementedError("aw writes no bytecode: there is no source hash")


def _tag():
    tag = _sys.implementation.cache_tag
    if tag is None:
        tag = 'cpython-311'
    return tag


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path CPython would use for the source file at path."""
    import os
    if debug_override is not None:
        import warnings
        warnings.warn('the debug_override parameter is deprecated; use '
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    almost = ''.join([(base if base else rest), '.', _tag()])
    if optimization is None:
        optimization = _sys.flags.optimize
    if optimization == 0:
        optimization = ''
    if optimization != '':
        optimization = str(optimization)
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.{_OPT}{optimization}'
    return os.path.join(head, _PYCACHE, almost + '.pyc')


def source_from_cache(path):
    """The source path of a PEP 3147 .pyc path."""
    import os
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError("optimization portion of filename does not start "
                             f"with {_OPT!r}")
        opt_level = optimization[len(_OPT):]
        if not opt_level.isalnum():
            raise ValueError(f"optimization level {optimization!r} is not an alphanumeric value")
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + '.py')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a loader (asking it is_package() when not told)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for a module loaded from a file (a SourceFileLoader unless a loader is given)."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith(('.py', '.aw')) and location != '<unknown>':
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = os.path.split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def module_from_spec(spec):
    """A new module for spec (the loader's create_module, else a plain module), its import
    attributes set; the module is not run and not added to sys.modules."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(_sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    for attr, value in (('__name__', spec.name), ('__loader__', spec.loader),
                        ('__package__', spec.parent), ('__spec__', spec)):
        try:
            setattr(module, attr, value)
        except AttributeError:
            pass
    if spec.submodule_search_locations is not None:
        try:
            module.__path__ = spec.submodule_search_locations
        except AttributeError:
            pass
    if spec.has_location:
        try:
            module.__file__ = spec.origin
        except AttributeError:
            pass
        if spec.cached is not None:
            try:
                module.__cached__ = spec.cached
            except AttributeError:
                pass
    return module


def _spec_of_loaded(name, module):
    """A spec for a module aw imported itself (it has no __spec__)."""
    file = getattr(module, '__file__', None)
    path = getattr(module, '__path__', None)
    if file is not None:
        return spec_from_file_location(name, file, submodule_search_locations=path)
    if _imp.is_builtin(name):
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if _imp.is_frozen(name):
        return ModuleSpec(name, FrozenImporter, origin='frozen', is_package=FrozenImporter.is_package(name))
    return None


def _find(name, path):
    if path is None and name in _sys.builtin_module_names:
        return BuiltinImporter.find_spec(name)
    spec = PathFinder.find_spec(name, path) if path is not None or '.' not in name else None
    if spec is None or spec.loader is None:
        found = BuiltinImporter.find_spec(name) or FrozenImporter.find_spec(name)
        if found is not None:
            return found
    return spec


def find_spec(name, package=None):
    """The spec of the module name (relative to package if it starts with a dot), or None when
    it cannot be found. A module already in sys.modules answers with its __spec__; a submodule's
    parent package is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in _sys.modules:
        module = _sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            spec = _spec_of_loaded(fullname, module)
            if spec is None:
                raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            if not _imp.is_frozen(fullname):
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
            parent_path = None
        if parent_path is None:
            return FrozenImporter.find_spec(fullname)
        return _find(fullname, parent_path)
    return _find(fullname, None)
