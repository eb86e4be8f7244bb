class R:
    n = 0
    def __del__(self):
        R.n += 1
def make(i):
    r = R()
    return i
data = [list(range(100)) for _ in range(2000)]   # a heap of some size
for i in range(20000):
    make(i)
x = None
for i in range(5000):
    x = R()
import gc; gc.collect()
print(R.n >= 24999)
