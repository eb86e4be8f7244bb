print('start')
s = 'abc
print(s)
