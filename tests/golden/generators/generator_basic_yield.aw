def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print(type(g).__name__)
for v in g:
    print('got', v)
