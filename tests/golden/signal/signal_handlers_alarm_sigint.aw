import signal, os, time
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals.SIGUSR1.value, signal.SIG_DFL, repr(signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signal.Signals(signum).name, type(frame).__name__)
old = signal.signal(signal.SIGUSR1, handler)
print("old", old)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print("after kill", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.01)
print("ignored", got)
class Timeout(Exception):
    pass
def on_alarm(signum, frame):
    raise Timeout("alarm fired")
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    time.sleep(5)
except Timeout as e:
    print("caught", e)
print(signal.alarm(0))
for bad in [(0, signal.SIG_DFL), (signal.SIGUSR1, "x"), (signal.SIGKILL, handler)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.SIGTERM in signal.valid_signals(), len(signal.valid_signals()) > 30)
def on_int(signum, frame):
    print("custom SIGINT")
signal.signal(signal.SIGINT, on_int)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(0.01)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print("done")
