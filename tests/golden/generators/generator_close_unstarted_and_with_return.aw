def g():
    yield 1
it = g()
it.close()
print(next(it, 'closed before start'))
def h():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
x = h()
next(x)
x.close()
print('done')
