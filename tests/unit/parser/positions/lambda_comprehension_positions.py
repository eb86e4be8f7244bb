f = lambda a, /, b=1, *c, d=2, **e: (a, b, c, d, e)
g = {k: v for k, v in h.items() if k}
h = [*a, *b]
with (open(a) as b, c):
    pass
