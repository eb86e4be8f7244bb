data = [1, 2, 3, 0, 4]
i = 0
while (v := data[i]) != 0:
    print(v)
    i += 1
if (n := len(data)) > 3:
    print('long', n)
