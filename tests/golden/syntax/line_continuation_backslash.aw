total = 1 + \
        2 + \
        3
print(total)
s = 'abc' \
    'def'
print(s)
