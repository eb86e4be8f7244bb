def shout(s):
    "Make it loud."
    return s.upper()
f = shout
print(f('hi'), f.__name__, shout.__doc__, callable(f), type(f).__name__)
ops = {'up': str.upper, 'low': str.lower}
print(ops['up']('x'), list(map(ops['low'], ['A', 'B'])))
