s = 'x' * 10 ** 15
print(len(s))
