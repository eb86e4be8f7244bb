count = 0
while True:
    count += 1
    if count > 4:
        break
else:
    print('never')
print(count)
