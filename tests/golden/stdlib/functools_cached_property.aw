from functools import cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.calls, 'total' in d.__dict__)
del d.total
print(d.total, d.calls)
print(type(Data.total).__name__)
