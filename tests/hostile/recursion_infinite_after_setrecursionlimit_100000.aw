import sys
sys.setrecursionlimit(100000)
def dive(n):
    return dive(n + 1) + 1
dive(0)
