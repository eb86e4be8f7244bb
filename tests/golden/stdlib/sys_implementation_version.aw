# sys.implementation carries the language version like sys.version_info
import sys

impl = sys.implementation
print(impl.version == sys.version_info, impl.version[:2], impl.version.major, impl.version >= (3, 11))
print(impl.hexversion == sys.hexversion, hex(impl.hexversion)[:6], isinstance(impl.name, str))
