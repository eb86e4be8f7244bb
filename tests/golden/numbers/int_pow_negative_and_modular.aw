print(2 ** -2, pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3), pow(2, -1, 7))
print((-8) ** (1/3) if False else 'skip', 0 ** 0, 1 ** 1000)
