class Foo:
    pass
r = repr(Foo())
print(r.startswith('<__main__.Foo object at 0x'), r.endswith('>'), str(Foo), Foo.__name__, Foo.__qualname__, Foo.__module__)
