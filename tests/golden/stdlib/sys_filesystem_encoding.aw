# sys names the file-system encoding and its error handler as CPython does on Linux.
import sys

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
try:
    sys.getfilesystemencodeerrors(1)
except TypeError as e:
    print("TypeError:", e)
