def f():
    return *a, b
    yield *a, b
