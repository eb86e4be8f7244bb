def g():
    try:
        yield 1
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
it = g()
next(it)
print(it.throw(ValueError('boom')))
