def noisy(n):
    for i in range(n):
        print('produce', i)
        yield i
ge = (x * 10 for x in noisy(3))
print('created')
print(next(ge))
print(sum(ge))
