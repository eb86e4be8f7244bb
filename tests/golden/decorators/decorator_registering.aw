registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return 'A'
@register
def beta():
    return 'B'
print(sorted(registry), registry['beta']())
