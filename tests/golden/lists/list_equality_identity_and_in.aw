a = [1, 2, [3]]
b = [1, 2, [3]]
print(a == b, a is b, [3] in a, 3 in a, a.index([3]), a.count(2))
