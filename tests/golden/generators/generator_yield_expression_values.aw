def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
next(g)
for v in [5, 10, 20]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration:
    print('finished')
