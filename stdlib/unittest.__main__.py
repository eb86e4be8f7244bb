"""Main entry point"""

import sys
# aw: a frozen module run by -m has sys.argv[0] == 'frozen' (its spec's origin), where
# CPython's has the path of unittest/__main__.py
if sys.argv[0].endswith("__main__.py") or sys.argv[0] == "frozen":
    import os.path
    # We change sys.argv[0] to make help message more useful
    # use executable without path, unquoted
    # (it's just a hint anyway)
    # (if you have spaces in your executable you get what you deserve!)
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
