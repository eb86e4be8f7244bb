def apply_twice(f, x):
    return f(f(x))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply_twice(inc, 5), compose(inc, dbl)(5), compose(dbl, inc)(5))
