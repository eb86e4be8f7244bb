add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, x=2))
