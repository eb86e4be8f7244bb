import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
def documented(x):
    """The doc."""
    return x * 2
print(documented.__name__, documented.__doc__, documented(2), documented.__wrapped__.__name__, documented.__qualname__)
def plain():
    pass
plain.attr = 5
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
