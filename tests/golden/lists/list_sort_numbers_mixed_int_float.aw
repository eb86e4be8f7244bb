a = [3, 1.5, 2, -0.5, 10, 2.0]
print(sorted(a), sorted(a, reverse=True), max(a), min(a))
