try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print(type(e).__name__, e)
