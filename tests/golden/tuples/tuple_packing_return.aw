def minmax(xs):
    return min(xs), max(xs)
r = minmax([3, 1, 4])
lo, hi = r
print(r, lo, hi)
