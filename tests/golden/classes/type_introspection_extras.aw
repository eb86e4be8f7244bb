# type's own docstring, built-in classes in __subclasses__, getset descriptors' __qualname__
print(type.__doc__)
print(type.__dict__["__doc__"])
print(type in object.__subclasses__(), int in object.__subclasses__(), bool in int.__subclasses__())
print(ValueError in Exception.__subclasses__(), UnicodeError in ValueError.__subclasses__())

class Mine:
    pass

class Sub(Mine):
    pass

print(Sub in Mine.__subclasses__(), Mine in object.__subclasses__())
for d in (BaseException.args, Exception.args, int.real, type.__dict__["__dict__"]):
    print(d.__name__, d.__qualname__, d.__objclass__)
