class C:
    pass
c = C()
print(c.__class__.__name__, c.__class__ is C, C.__name__, type(c).__mro__[-1].__name__)
