try:
    f'{"s":d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{3.5:d}'
except ValueError as e:
    print(type(e).__name__, e)
