# help() on a module aw writes in C as CPython does (math), and the docstrings and signatures
# of other such modules' functions.
import cmath
import gc
import math
import time
import unicodedata
import zlib

help(math)
help(cmath.sqrt)
help(time.sleep)
help(gc.collect)
help(zlib.crc32)
help(unicodedata.name)
for m in (cmath, time, gc, zlib, unicodedata):
    print(m.__name__, repr(m.__doc__.splitlines()[0]))
