try:
    5()
except TypeError as e:
    print(e)
try:
    'abc'()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
