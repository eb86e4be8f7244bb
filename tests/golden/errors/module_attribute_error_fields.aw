import os, math
try:
    os.getcwdd()
except AttributeError as e:
    print(e, e.name, e.obj is os)
print(math.pi)
import collections
collections.OrderDict
