a = [4, 1, 7, 3]
print(len(a), min(a), max(a), sum(a), sum(a, 10), sorted(a), a)
