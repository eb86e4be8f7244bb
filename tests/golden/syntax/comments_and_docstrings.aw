def f():
    """Docstring of f."""
    # a comment
    return 1  # trailing
print(f(), f.__doc__)
class K:
    "class doc"
print(K.__doc__)
