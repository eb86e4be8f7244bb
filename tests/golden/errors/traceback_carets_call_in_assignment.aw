def f():
    raise ValueError('x')
result = f()
