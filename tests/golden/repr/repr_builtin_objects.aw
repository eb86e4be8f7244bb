print(None, True, False, ..., NotImplemented, range(3), range(1, 10, 2), slice(1, None))
print(int, str, list, type, object, ValueError)
