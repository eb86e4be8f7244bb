def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield 1
print(list(chain(100000)))
