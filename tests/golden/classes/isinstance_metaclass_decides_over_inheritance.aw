# isinstance(obj, C): an object whose type is exactly C is an instance without asking; for
# anything else a metaclass's __instancecheck__ decides, even for real subclasses of C.
class Picky(type):
    def __instancecheck__(cls, obj):
        print("  asked about", type(obj).__name__)
        return getattr(obj, "badge", False)


class Member(metaclass=Picky):
    pass


class Junior(Member):
    pass


class Senior(Member):
    badge = True


class Visitor:
    badge = True


for obj in (Member(), Junior(), Senior(), Visitor(), 42):
    print(type(obj).__name__, isinstance(obj, Member))

print(isinstance(Junior(), (int, Member)), isinstance(Junior(), Junior))
print(issubclass(Junior, Member), Member.__instancecheck__(Member()))


class Counting(type):
    def __instancecheck__(cls, obj):
        return 7


class Anything(metaclass=Counting):
    pass


print(isinstance("text", Anything))
