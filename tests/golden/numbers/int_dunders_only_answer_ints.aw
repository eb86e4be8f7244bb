# int's comparison dunders answer NotImplemented for anything but an int (the operators still
# compare ints with floats, through float's reflected side), as its arithmetic dunders do.
for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__mul__"):
    method = getattr(7, name)
    print(name, method(7), method(7.0), method("7"), getattr(True, name)(1.0))

print(7 == 7.0, 7 < 7.5, 7 >= 6.5, 2**60 == 2.0**60, 2**60 + 1 > 2.0**60)
print((3).__eq__(True), (1).__lt__(True))


class Meters(int):
    pass


print(Meters(3).__eq__(3.0), Meters(3) == 3.0, Meters(3).__le__(Meters(4)))
