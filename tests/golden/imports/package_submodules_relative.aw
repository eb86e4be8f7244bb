# Packages are directories with __init__.py: submodules load from the package's __path__,
# relative imports resolve against __package__, and the parents are bound as attributes.
import shapes_pkg.units
import os

print(shapes_pkg.units.to_mm(4), shapes_pkg.units.metric.SHAPE)
print(shapes_pkg.geometry.polygon())
print([os.path.basename(p) for p in shapes_pkg.__path__], shapes_pkg.units.__package__)
print(os.path.basename(shapes_pkg.__file__), os.path.basename(shapes_pkg.geometry.__file__))

from shapes_pkg.units import metric as m
from shapes_pkg import geometry
print(m.to_mm(1), geometry is shapes_pkg.geometry)

# a directory without __init__.py is a namespace package
import plugins_ns.alpha_plugin
print(plugins_ns.alpha_plugin.NAME, type(plugins_ns).__name__)

for stmt in ["from shapes_pkg import missing_thing", "import shapes_pkg.missing_mod",
             "import shapes_pkg.geometry.deeper", "from . import helper_mod"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(os.getcwd(), "."))

print(__package__, __spec__)
