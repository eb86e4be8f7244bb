print(0 or 'default', 'x' or 'y', [] or {} or 'last', None and 1, 5 and 6, '' and 'never')
def side(n):
    print('called', n)
    return n
print(side(0) and side(1))
print(side(2) or side(3))
