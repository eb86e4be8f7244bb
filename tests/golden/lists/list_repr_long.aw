print(list(range(40)))
print([str(i) * 2 for i in range(12)])
