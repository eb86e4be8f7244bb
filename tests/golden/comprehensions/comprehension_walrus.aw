data = [1, 5, 10, 15]
print([y for x in data if (y := x * 2) > 8], y)
