class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('A.__lt__')
        return self.v < o.v
a, b = A(1), A(2)
print(b > a)
