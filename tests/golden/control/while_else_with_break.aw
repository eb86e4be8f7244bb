n = 0
while True:
    n += 1
    if n == 3:
        break
print('stopped at', n)
i = 0
while i < 5:
    if i == 2:
        break
    i += 1
else:
    print('not printed')
print('i =', i)
