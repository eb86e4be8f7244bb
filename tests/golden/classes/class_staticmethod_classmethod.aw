class Temp:
    unit = 'C'
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(d):
        return d > -273.15
t = Temp.from_f(212)
print(t.deg, Temp.valid(-300), t.valid(20), type(t).__name__)
