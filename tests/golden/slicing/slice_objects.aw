s = slice(1, 8, 2)
a = list(range(10))
print(s, a[s], s.start, s.stop, s.step, slice(3), slice(None, None, -1).indices(5), s.indices(4))
print('hello'[slice(None, None, -1)])
