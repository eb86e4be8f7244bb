try:
    5[0]
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
try:
    None['k']
except TypeError as e:
    print(e)
try:
    iter(3.5)
except TypeError as e:
    print(e)
try:
    'x' + 1
except TypeError as e:
    print(e)
