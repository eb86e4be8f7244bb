import signal, time
n = []
signal.signal(signal.SIGALRM, lambda s, f: n.append(s))
signal.alarm(1)
t = time.monotonic()
time.sleep(1.6)
print(n, 1.5 < time.monotonic() - t < 3.0)
