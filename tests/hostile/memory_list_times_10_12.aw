big = [0] * 10 ** 12
print(len(big))
