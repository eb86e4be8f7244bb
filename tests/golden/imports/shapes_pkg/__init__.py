# a regular package: runs once, before any of its submodules
print("shapes_pkg init:", __name__, __package__)
DEFAULT_SIDES = 4
