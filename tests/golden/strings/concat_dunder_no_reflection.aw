# str.__add__, list.__add__, ... called directly are the concatenation itself: an operand they
# cannot take is a TypeError even when it has __radd__ (the + operator still reflects).
class Reflects:
    def __radd__(self, other):
        return "reflected " + type(other).__name__

print("a" + Reflects(), [1] + Reflects(), (1,) + Reflects(), b"a" + Reflects())
for method, left in ((str.__add__, "a"), (list.__add__, [1]), (tuple.__add__, (1,)),
                     (bytes.__add__, b"a"), (bytearray.__add__, bytearray(b"a"))):
    for right in (Reflects(), 5):
        try:
            print(method(left, right))
        except TypeError as e:
            print(type(left).__name__, e)

class Text(str):
    pass

print(str.__add__(Text("x"), "y"), str.__add__("a", Text("b")), list.__add__([1], [2]))
