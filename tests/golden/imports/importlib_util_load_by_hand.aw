# importlib.util: load a module from a file by hand, find specs, the cache path helpers.
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as here:
    with open(os.path.join(here, "plug.py"), "w") as f:
        f.write("X = 42\ndef hello():\n    return 'hi from ' + __name__\n")
    os.makedirs(os.path.join(here, "pk", "sub"))
    open(os.path.join(here, "pk", "__init__.py"), "w").close()
    with open(os.path.join(here, "pk", "sub", "m.py"), "w") as f:
        f.write("V = 1\n")
    os.mkdir(os.path.join(here, "nsp"))
    sys.path.insert(0, here)

    spec = importlib.util.spec_from_file_location("plugin", os.path.join(here, "plug.py"))
    print(spec.name, spec.parent == "", spec.has_location, type(spec.loader).__name__,
          spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, mod.__spec__ is spec, mod.__loader__ is spec.loader,
          os.path.basename(mod.__file__), "X" in vars(mod))
    spec.loader.exec_module(mod)
    print(mod.X, mod.hello())
    sys.modules["plugin"] = mod
    import plugin
    print(plugin is mod)

    print(importlib.util.find_spec("nonexistent_xyz"))
    s = importlib.util.find_spec("plug")
    print(s.name, os.path.basename(s.origin), s.loader.is_package("plug"), "plug" in sys.modules)
    s = importlib.util.find_spec("pk")
    print(s.name, s.submodule_search_locations == [os.path.join(here, "pk")], s.parent)
    s = importlib.util.find_spec("pk.sub.m")
    print(s.name, s.parent, "pk.sub" in sys.modules)
    s = importlib.util.find_spec("nsp")
    print(s.name, s.loader is None or type(s.loader).__name__, s.origin)
    print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("sys").origin)
    print(importlib.util.find_spec("sys"))
    print(importlib.util.resolve_name(".m", "pk.sub"), importlib.util.resolve_name("a.b", None))
    try:
        importlib.util.resolve_name(".m", None)
    except ImportError as e:
        print("ImportError", e)
    try:
        importlib.util.find_spec("plug.x")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
    m = importlib.import_module(".m", "pk.sub")
    print(m.V, m.__name__)
    sys.path.remove(here)

print(importlib.util.cache_from_source("/a/b/c.py"))
print(importlib.util.source_from_cache("/a/b/__pycache__/c.cpython-311.pyc"))
print(importlib.util.MAGIC_NUMBER, importlib.machinery.SOURCE_SUFFIXES)
print(repr(importlib.util.decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\r\n")))
print(importlib.machinery.ModuleSpec("a.b", None))
print(importlib.machinery.ModuleSpec("a.b", None, origin="here", is_package=True))
