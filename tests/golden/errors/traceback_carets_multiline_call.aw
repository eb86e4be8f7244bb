def f(*a):
    raise KeyError(1)
f(1,
  2,
  3)
