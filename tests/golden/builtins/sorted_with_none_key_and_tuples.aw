data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: (-t[1], t[0])))
