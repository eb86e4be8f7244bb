try:
    'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
print('abc'[5:], 'abc'[-10:2])
