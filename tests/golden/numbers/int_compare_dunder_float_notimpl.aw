# int's comparison dunders answer only for ints: with a float they return
# NotImplemented (the operators still compare int with float through float).
for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    print(name, getattr(7, name)(7.0), getattr(7, name)(8), getattr(7, name)("7"))
print(7 == 7.0, 7 < 7.5, 7 >= 6.5, 7.0 == 7)
print((True).__eq__(1.0), (True).__eq__(1))
