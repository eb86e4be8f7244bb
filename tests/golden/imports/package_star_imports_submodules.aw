# `from package import *` imports the submodules the package's __all__ names; a submodule
# not yet imported is not an attribute of its package; __all__ items must be str.
from tools_pkg import *
import sys

print(hammer.NAME, saw.NAME, VERSION)
import tools_pkg

try:
    tools_pkg.drill
except AttributeError as e:
    print(e)
from tools_pkg import drill
print(drill.NAME, sorted(m for m in sys.modules if m.startswith("tools_pkg")))
try:
    from bad_all_mod import *
except TypeError as e:
    print(e)
