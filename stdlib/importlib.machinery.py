"""importlib.machinery: module specs and the loaders and finders behind aw's imports.

aw's import statement is native (interp/import.c) and does not go through these classes; they
describe what it does, for programs that load modules by hand (importlib.util) or ask where a
module comes from: ModuleSpec, SourceFileLoader (a .py or .aw file), BuiltinImporter (a module
compiled into aw), FrozenImporter (a stdlib module whose source aw carries) and PathFinder
(sys.path and package __path__ search, in the order of CPython's FileFinder) and FileFinder
(one directory; importing this module puts its path hook on sys.path_hooks, for pkgutil).
"""

import _imp
import os as _os
import sys as _sys

__all__ = ['ModuleSpec', 'SourceFileLoader', 'BuiltinImporter', 'FrozenImporter', 'PathFinder', 'FileFinder',
           'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
_AW_SUFFIXES = ['.aw', '.py']   # what aw's import looks for, in its order


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-system-related state of a module (CPython's importlib._bootstrap.ModuleSpec)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                import importlib.util
                self._cached = importlib.util.cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a source file: create_module() makes the default module,
    exec_module() compiles the file and runs it in the module's namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def path_stats(self, path):
        st = _os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def is_package(self, fullname):
        filename = _os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        import importlib.util
        return importlib.util.decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import importlib.util
        spec = importlib.util.spec_from_file_location(fullname, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        _sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            _sys.modules.pop(fullname, None)
            raise
        return _sys.modules[fullname]


SourceFileLoader.__module__ = '_frozen_importlib_external'


class _ImporterBase:
    _origin = None

    @classmethod
    def _has(cls, fullname):
        raise NotImplementedError

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not cls._has(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._origin, is_package=cls.is_package(fullname))

    @staticmethod
    def create_module(spec):
        if spec.name in _sys.modules:
            return _sys.modules[spec.name]
        return __import__(spec.name, fromlist=['__name__'])

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None


class BuiltinImporter(_ImporterBase):
    """Meta path import for the modules compiled into aw."""
    _origin = 'built-in'

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def _has(cls, fullname):
        return bool(_imp.is_builtin(fullname))


class FrozenImporter(_ImporterBase):
    """Meta path import for the stdlib modules whose Python source aw carries."""
    _origin = 'frozen'

    @classmethod
    def _has(cls, fullname):
        return _imp.is_frozen(fullname)

    @classmethod
    def get_code(cls, fullname):
        return _imp.get_frozen_object(fullname)

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)


BuiltinImporter.__module__ = FrozenImporter.__module__ = '_frozen_importlib'


class PathFinder:
    """Finds modules on sys.path or a package's __path__, as aw's import does."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = _sys.path
        leaf = fullname.rpartition('.')[2]
        namespace = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            base = _os.path.join(entry, leaf) if entry else leaf
            if _os.path.isdir(base):
                for suffix in _AW_SUFFIXES:
                    init = _os.path.join(base, '__init__' + suffix)
                    if _os.path.isfile(init):
                        from importlib.util import spec_from_file_location
                        return spec_from_file_location(fullname, init,
                                                       submodule_search_locations=[base])
            for suffix in _AW_SUFFIXES:
                if _os.path.isfile(base + suffix):
                    from importlib.util import spec_from_file_location
                    return spec_from_file_location(fullname, base + suffix)
            if _os.path.isdir(base):
                namespace.append(base)
        if namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = namespace
            return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


PathFinder.__module__ = '_frozen_importlib_external'


class FileFinder:
    """Finds modules in one directory (what pkgutil.iter_modules lists through)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'
        if not _os.path.isabs(self.path):
            self.path = _os.path.abspath(self.path)

    def find_spec(self, fullname, target=None):
        spec = PathFinder.find_spec(fullname, [self.path])
        return spec if spec is not None and spec.loader is not None else None

    def invalidate_caches(self):
        pass

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _os.path.isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f'FileFinder({self.path!r})'


FileFinder.__module__ = '_frozen_importlib_external'
if not any(getattr(h, '__qualname__', '').startswith('FileFinder.') for h in _sys.path_hooks):
    _sys.path_hooks.append(FileFinder.path_hook())
