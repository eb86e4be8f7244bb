# Which of a function's special attributes can be assigned, and the errors for the rest.
def area(w, h=2):
    return w * h


area.__dict__ = {"unit": "cm"}
print(area.unit, area.__dict__)
area.__globals__["injected"] = 7
print(injected, area.__globals__ is globals())
print(area.__builtins__ is __builtins__.__dict__, area.__builtins__["len"] is len)
print("__builtins__" in dir(area))

for attr, value in [("__globals__", {}), ("__closure__", ()), ("__builtins__", {}), ("__dict__", None),
                    ("__name__", 3), ("__defaults__", [1])]:
    try:
        setattr(area, attr, value)
        print("set", attr)
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
try:
    del area.__dict__
except TypeError as e:
    print(e)
