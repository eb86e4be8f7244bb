# threading.local: per-thread __dict__, a subclass's __init__ runs again in each new thread with
# the constructor's arguments, no values leak to later threads; _threading_local's pure-Python
# local works the same way.
import threading
class L(threading.local):
    def __init__(self, v):
        self.v = v
        self.inits = getattr(self, 'inits', 0) + 1
loc = L(7)
loc.v = 8
seen = []
def work(n):
    seen.append((n, loc.v, loc.inits, sorted(loc.__dict__)))
    loc.v = n
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start(); t.join()
print(sorted(seen), loc.v, loc.__dict__)
plain = threading.local()
plain.x = 1
def w2():
    seen.append(hasattr(plain, 'x'))
    plain.x = 2
for i in range(3):
    t = threading.Thread(target=w2); t.start(); t.join()
print(seen[-3:], plain.x)
try:
    threading.local(1)
except TypeError as e:
    print(e)
try:
    plain.__dict__ = {}
except AttributeError as e:
    print(e)
import _thread, _threading_local
print(_thread._local is threading.local)
pl = _threading_local.local()
pl.a = 1
def w3():
    seen.append(getattr(pl, 'a', None))
    pl.a = 3
t = threading.Thread(target=w3); t.start(); t.join()
print(seen[-1], pl.a, pl.__dict__)
