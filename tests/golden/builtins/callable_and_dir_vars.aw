class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
c = C()
print(callable(c), callable(C), callable(c.meth), callable(print), callable('s'))
print([n for n in dir(c) if not n.startswith('_')])
print(vars(c))
