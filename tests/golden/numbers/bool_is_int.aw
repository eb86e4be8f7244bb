print(True + 1, True * 10, False - 1, isinstance(True, int), issubclass(bool, int), True == 1, sum([True, True, False]))
print(True & False, True | False, True ^ True, ~True, -True, int(True), str(True), type(True + True))
