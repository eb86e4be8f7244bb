# staticmethod and classmethod objects show the function they wrap (CPython 3.10+).
class Shape:
    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls()


for name in ["unit", "make"]:
    r = repr(Shape.__dict__[name])
    print(r[:r.index(" at ")], r.endswith(">)>"))
print(repr(staticmethod(len)), repr(classmethod(abs)))
print(repr(staticmethod(42)))
