f(*a, b)
f(**a, b=1)
f(a, *b, c=1, *d, **e)
f(x for x in y)
