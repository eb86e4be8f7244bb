from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(repr(partial(len, 'abc')))
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=10))
try:
    partial(1)
except TypeError as e:
    print(e)
