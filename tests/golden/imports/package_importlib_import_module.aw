# importlib.import_module takes absolute names and, with package=, relative ones;
# __import__ with level > 0 resolves against the given globals.
import importlib
import sys

geometry = importlib.import_module("shapes_pkg.geometry")
print(geometry.polygon(5))
print(importlib.import_module(".metric", "shapes_pkg.units").to_mm(2))
print(importlib.import_module("..geometry", "shapes_pkg.units") is geometry)
print("shapes_pkg.units" in sys.modules, importlib.import_module("json").__name__)

units = __import__("shapes_pkg.units", fromlist=["to_mm"])
print(units.__name__, __import__("shapes_pkg.units").__name__)
print(__import__("geometry", {"__package__": "shapes_pkg"}, None, ["polygon"], 1).__name__)

for name, package in [(".metric", None), ("...x", "shapes_pkg.units"), ("", None)]:
    try:
        importlib.import_module(name, package)
    except (TypeError, ImportError, ValueError) as e:
        print(type(e).__name__, e)
