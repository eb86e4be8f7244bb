# int(x) for an instance of an int or float subclass calls the subclass's own __int__.
class I(int):
    def __int__(self):
        return 3

class F(float):
    def __int__(self):
        return 4

class Plain(int):
    pass

class Bad(int):
    def __int__(self):
        return 42.0

print(int(I(1)), int(F(1.5)), int(Plain(9)), type(int(Plain(9))).__name__)
try:
    int(Bad(2))
except TypeError as e:
    print("TypeError", e)
print(int(5), int(2.9), int(True))
