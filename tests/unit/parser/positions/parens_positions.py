(a) + b
(a).b
((a, b)), c = d
f(x for x in y)
[x for x in y if z]
a[1:2, ::3]
x = yield
