# signal.setitimer/getitimer: the old (delay, interval) back, ItimerError (signal.itimer_error)
# from the system call, and a repeating ITIMER_REAL timer whose SIGALRM handler runs.
import signal
import time
print(signal.ItimerError.__mro__[1:], signal.ItimerError.__name__, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.getitimer(signal.ITIMER_REAL), signal.setitimer(signal.ITIMER_REAL, 5, 1), signal.getitimer(signal.ITIMER_REAL)[1], signal.setitimer(signal.ITIMER_REAL, 0)[1])
for a in ((99, 1), (signal.ITIMER_REAL, -1), (signal.ITIMER_REAL, 'x'), (signal.ITIMER_REAL,), (signal.ITIMER_REAL, 1e30)):
    try:
        print(signal.setitimer(*a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.getitimer(99)
except signal.ItimerError as e:
    print(type(e).__name__, e, e.errno)
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
t0 = time.monotonic()
while len(hits) < 3 and time.monotonic() - t0 < 5:
    time.sleep(0.01)
signal.setitimer(signal.ITIMER_REAL, 0)
print(hits[:3], signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 0.1)
time.sleep(0.3)
print(len(hits) >= 4)
