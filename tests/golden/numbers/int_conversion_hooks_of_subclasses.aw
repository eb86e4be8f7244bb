# int(x) calls a user class's own __int__ even when the class subclasses int or float, and
# checks what it returns; an int subclass used as an index is its plain value, whatever its
# __index__ says (int.__index__ is what counts for ints).
import operator


class Celsius(int):
    def __int__(self):
        return 100


class Ratio(float):
    def __int__(self):
        return -1


class Broken(int):
    def __int__(self):
        return 4.5


class Position(int):
    def __index__(self):
        return 0


class Plain(int):
    pass


class Percent(float):
    pass


print(int(Celsius(5)), int(Ratio(2.75)), int(Plain(9)), type(int(Plain(9))).__name__, int(Percent(7.9)))
try:
    int(Broken(3))
except TypeError as e:
    print("TypeError:", e)

letters = "abcdef"
print(letters[Position(3)], [10, 20, 30][Position(2)], letters[Position(1):Position(4)])
print(hex(Position(255)), operator.index(Position(5)), type(operator.index(Position(5))).__name__)
print(range(10)[Position(4)], "xy" * Position(3))


class Small:
    def __index__(self):
        return 2


class Wrong:
    def __index__(self):
        return "2"


print(operator.index(Small()), letters[Small()])
for value in (2.5, Wrong(), "2"):
    try:
        operator.index(value)
    except TypeError as e:
        print("TypeError:", e)
