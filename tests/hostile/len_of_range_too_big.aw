print(len(range(10 ** 100)))
