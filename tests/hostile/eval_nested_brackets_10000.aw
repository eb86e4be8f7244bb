x = eval('[' * 10000 + ']' * 10000)
print(x)
