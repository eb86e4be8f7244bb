a = [1, 2]
print(a + [3], a * 3, [0] * 0, [[]] * 2, 2 * ['x'])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
