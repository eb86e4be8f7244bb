cases = [(1, 'a', '+'), ('a', 1, '+'), ([], 1, '+'), (None, 1, '-'), ({}, {}, '+'), ('a', 'b', '*'), ([1], 2.5, '*'), ('a', 1, '-'), (1, [], '/'), ((), 1, '%')]
for a, b, op in cases:
    try:
        eval('a ' + op + ' b')
    except TypeError as e:
        print(e)
try:
    -'x'
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
