# platform: the answers that do not depend on the machine, and the shape of the others
import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
u = platform.uname()
print(type(u).__name__, len(u), u.system == platform.system(), u.machine == platform.machine(), u.node == platform.node())
print(platform.platform().startswith(platform.system()), platform.architecture()[0])
print(platform.system_alias("SunOS", "5.9", "x"), platform.release() == u.release)
print(isinstance(platform.processor(), str), platform.libc_ver()[0] in ("glibc", ""))
print(platform.python_implementation() in ("CPython", "aw"), isinstance(platform.python_build(), tuple))
