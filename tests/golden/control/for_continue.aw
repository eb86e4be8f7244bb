for i in range(8):
    if i % 3 == 0:
        continue
    print(i, end=' ')
print()
