# Every built-in type has its own __new__, which checks that it makes an instance of a subtype
for t in (property, staticmethod, classmethod, super, range, zip, map, slice, list, dict):
    print(t.__name__, "__new__" in t.__dict__)
    try:
        t.__new__(object)
    except TypeError as e:
        print("  ", e)
    try:
        t.__new__(int)
    except TypeError as e:
        print("  ", e)
print(range.__new__(range, 2, 9, 3), slice.__new__(slice, 4), list(zip.__new__(zip, "ab", [1, 2])))
