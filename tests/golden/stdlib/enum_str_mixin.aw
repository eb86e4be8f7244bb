from enum import Enum, StrEnum, auto
class Color(str, Enum):
    RED = 'red'
    GREEN = 'green'
print(Color.RED, repr(Color.RED), Color.RED == 'red', Color('green'), f'{Color.RED}', Color.RED.value)
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y == 'why', S.X.upper(), f'{S.Y}')
