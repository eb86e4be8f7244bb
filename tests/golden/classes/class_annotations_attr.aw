# C.__annotations__ (3.10+): the class's own dict entry, created empty on first use; built-in
# types have none; it can be replaced and deleted.
class Plain:
    pass

class Annotated:
    x: int
    y: str = "a"

class Child(Annotated):
    pass

print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
print(Annotated.__annotations__, Child.__annotations__, Child().__annotations__)
Plain.__annotations__["z"] = float
print(Plain.__dict__["__annotations__"])
del Plain.__annotations__
try:
    del Plain.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(Plain.__annotations__)
Plain.__annotations__ = {"w": bytes}
print(Plain.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError:", e)

import typing
print(typing.get_type_hints(Child))
