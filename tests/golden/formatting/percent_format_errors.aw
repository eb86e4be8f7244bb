try:
    '%d %d' % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
