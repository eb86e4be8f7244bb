# assigning or deleting read-only attributes of built-in objects


def square(n):
    return n * n


class Box:
    @property
    def size(self):
        return 3


targets = [
    ("complex.imag", 2 + 3j, "imag"),
    ("complex.real", 2 + 3j, "real"),
    ("float.real", 1.5, "real"),
    ("int.denominator", 7, "denominator"),
    ("slice.step", slice(1, 9, 2), "step"),
    ("range.start", range(2, 5), "start"),
    ("function.__globals__", square, "__globals__"),
    ("property.fget", Box.size, "fget"),
    ("staticmethod.__func__", staticmethod(square), "__func__"),
    ("type.__mro__", Box, "__mro__"),
    ("str.upper", "abc", "upper"),
]
for label, obj, attr in targets:
    for op in ("set", "del"):
        try:
            if op == "set":
                setattr(obj, attr, 0)
            else:
                delattr(obj, attr)
            print(label, op, "allowed")
        except AttributeError as e:
            print(label, op, "AttributeError:", e)
