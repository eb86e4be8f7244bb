class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
