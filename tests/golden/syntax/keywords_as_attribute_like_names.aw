class A:
    def __init__(self):
        self.match = 1
        self.case = 2
        self.type = 3
a = A()
match = 'soft keyword as name'
print(a.match, a.case, a.type, match)
