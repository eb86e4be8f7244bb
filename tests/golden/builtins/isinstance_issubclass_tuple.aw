print(isinstance(1, (str, int)), isinstance('a', (list, tuple)), isinstance(True, int), isinstance(1.0, int), isinstance(None, type(None)))
print(issubclass(bool, (str, int)), isinstance([], list), isinstance({}, dict), isinstance(int, type), isinstance(len, object))
