print(', '.join(['a', 'b', 'c']), ''.join('xyz'), '-'.join(str(i) for i in range(4)), '|'.join([]))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
