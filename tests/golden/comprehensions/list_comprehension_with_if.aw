print([x * x for x in range(10) if x % 2 == 0])
print([c for c in 'Hello World' if c.isupper()])
