# int.__repr__ on a bool gives the number; bool.__repr__ the name
print(int.__repr__(True), int.__repr__(False), bool.__repr__(True), repr(True), str(False))
print(int.__str__(True) if hasattr(int, "__str__") else "-")
try:
    bool.__repr__(1)
except TypeError as e:
    print(e)
class MyInt(int):
    def __repr__(self):
        return "MyInt(" + int.__repr__(self) + ")"
print(repr(MyInt(7)), [MyInt(-3)])
