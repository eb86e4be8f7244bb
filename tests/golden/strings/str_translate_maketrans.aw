t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'hello'.translate({ord('l'): None}), 'hello'.translate(str.maketrans({'h': 'J'})))
