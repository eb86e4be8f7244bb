def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in naturals():
    if v >= 5:
        break
    out.append(v * v)
print(out)
