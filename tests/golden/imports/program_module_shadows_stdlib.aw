# A program's own X.py on sys.path is found before the standard library's X, unless X is
# built into CPython or loaded before the program starts (math, os, sys, ...); a bare
# directory named like a standard module does not hide it either.
import sys

sys.path.insert(0, "shadow_dir")
import graphlib
import math
import colorsys

print(graphlib.TopologicalSorter, math.sqrt(16), colorsys.rgb_to_hsv(1, 0, 0))
