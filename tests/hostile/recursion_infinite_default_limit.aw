def dive(n):
    return dive(n + 1)
dive(0)
