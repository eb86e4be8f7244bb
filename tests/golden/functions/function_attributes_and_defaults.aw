def f(a, b=2, *, c=3):
    pass
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__qualname__)
f.custom = 'attr'
print(f.custom)
