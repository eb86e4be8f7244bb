class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'V({self.x!r})'
    def __str__(self):
        return f'<{self.x}>'
v = V('a')
print(v, repr(v), str(v), [v], f'{v} {v!r}', (v,), {'k': v})
