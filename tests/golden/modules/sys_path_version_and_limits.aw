import sys
print(type(sys.path).__name__, sys.version.startswith('3'), sys.version_info[0], sys.version_info >= (3, 8), sys.maxsize == 2**63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(isinstance(sys.platform, str), sys.byteorder, type(sys.modules).__name__, 'sys' in sys.modules)
