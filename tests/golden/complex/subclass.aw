# Subclasses of complex: constructors, overridden dunders, results of arithmetic are plain complex.
class C(complex):
    def describe(self):
        return f'C with {self.real} and {self.imag}'

class R(complex):
    def __repr__(self):
        return 'R!'

class N(complex):
    def __new__(cls, value):
        return super().__new__(cls, value, 1)

c = C(1, 2)
print(c, repr(c), type(c).__name__, isinstance(c, complex), c.describe())
print(type(c + 1).__name__, type(-c).__name__, type(+c).__name__, type(c.conjugate()).__name__, type(complex(c)).__name__)
print(c == 1 + 2j, hash(c) == hash(1 + 2j), C('3+4j'), C(), C(imag=5), abs(C(3, 4)))
print(R(1), [R(2)], str(R(3)), format(R(1), ''), R(1) + 1, R('1+1j'), N(5), type(N(5)).__name__)
print(complex(C(1, 1)), type(complex(C(1, 1))).__name__, complex(C(1, 1), 1))
