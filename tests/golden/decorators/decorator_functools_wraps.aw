import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented():
    """The doc."""
    return 1
print(documented.__name__, documented.__doc__, documented())
