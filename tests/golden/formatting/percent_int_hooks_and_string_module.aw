# %d/%i/%u convert with int() (__int__ first), %x/%o/%c with __index__; the _string module's
# formatter parsers.
import _string


class Both:
    def __int__(self):
        return 5

    def __index__(self):
        return 66


class OnlyIndex:
    def __index__(self):
        return 67


class OnlyInt:
    def __int__(self):
        return 9


class Raising:
    def __int__(self):
        raise RuntimeError("from int")

    def __index__(self):
        raise RuntimeError("from index")


for fmt in ("%d", "%i", "%u", "%x", "%o", "%c", "%X"):
    for value in (Both(), OnlyIndex(), OnlyInt(), Raising()):
        try:
            print(fmt, type(value).__name__, repr(fmt % value))
        except (TypeError, RuntimeError) as e:
            print(fmt, type(value).__name__, type(e).__name__, e)

print(list(_string.formatter_parser("a{0!r:>4}b{x.y[1]}")))
head, rest = _string.formatter_field_name_split("obj.attr[2].name")
print(head, list(rest))
for bad in (1, None, b"{0}"):
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError:", e)
