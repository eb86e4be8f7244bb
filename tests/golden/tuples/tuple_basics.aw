t = (1, 'a', 2.5)
print(t, len(t), t[1], t[-1], t[:2], type(t).__name__)
print((), (1,), tuple('ab'), tuple([1, 2]), 1, (1))
