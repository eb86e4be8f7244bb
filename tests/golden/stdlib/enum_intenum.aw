from enum import IntEnum
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(2), sorted([Num.TWO, Num.ONE]))
print(f'{Num.ONE}', int(Num.TWO), {1: 'x'}[Num.ONE], Num.TWO > Num.ONE, isinstance(Num.ONE, int))
