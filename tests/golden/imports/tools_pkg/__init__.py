# __all__ names two submodules that `from tools_pkg import *` must import
__all__ = ["hammer", "saw", "VERSION"]
VERSION = "1.0"
