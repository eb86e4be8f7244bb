class P:
    kind = 'p'
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
p = P()
print(p.__dict__, vars(p))
print([n for n in dir(p) if not n.startswith('__')])
