total, i = 0, 1
while i <= 100:
    total += i
    i += 1
print(total)
