def g():
    yield 1
    raise ValueError('fail')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('error', e)
print(next(it, 'exhausted'))
