import sys
sys.setrecursionlimit(0)
