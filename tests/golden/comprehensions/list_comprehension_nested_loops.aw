print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
flat = [x for row in [[1, 2], [3], []] for x in row]
print(flat)
