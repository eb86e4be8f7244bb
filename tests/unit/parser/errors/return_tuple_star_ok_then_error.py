def f():
  return 1, *a
x = = 1
