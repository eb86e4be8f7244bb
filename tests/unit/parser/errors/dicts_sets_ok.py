a = {}
b = {1: 2, **c, 3: 4}
d = {1, 2, *e}
f = {k: v for k, v in g if k}
h = {x for x in y}
