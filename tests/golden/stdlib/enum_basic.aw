from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(list(Color), len(Color), Color(2), Color['BLUE'])
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED is Color(1), Color.RED == 1)
for c in Color:
    print(c.name, c.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
print({Color.RED: 'r'}[Color.RED], f'{Color.GREEN}', f'{Color.GREEN:>12}|')
