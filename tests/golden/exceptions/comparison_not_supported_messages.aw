for a, b in [(1, 'a'), ([], ()), (None, None), ({}, {})]:
    try:
        a < b
    except TypeError as e:
        print(e)
try:
    1 >= 'x'
except TypeError as e:
    print(e)
