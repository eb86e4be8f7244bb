# descriptors defined on a metaclass, read through the class (user descriptor types have
# Python-level names, which the class attribute lookup compares)
class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj.__name__ if obj is not None else None)

class Data:
    def __get__(self, obj, owner=None):
        return ("data", obj.__name__ if obj is not None else None)
    def __set__(self, obj, value):
        print("set", obj.__name__, value)

class Meta(type):
    nd = NonData()
    d = Data()
    shadowed = NonData()

class C(metaclass=Meta):
    shadowed = "class attribute wins over a non-data descriptor"

print(C.nd)
print(C.d)
print(C.shadowed)
C.d = 5
print(C.d)
