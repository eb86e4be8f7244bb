import sched, time

clock = [0.0]
def now():
    return clock[0]
def sleep(t):
    clock[0] += t
log = []
s = sched.scheduler(now, sleep)
def job(name):
    log.append((now(), name))
e1 = s.enter(2, 1, job, ('two',))
s.enter(1, 1, job, ('one',))
s.enter(1, 0, job, argument=('one-first',))
s.enterabs(5, 1, job, kwargs={'name': 'abs'})
e3 = s.enter(3, 1, job, ('cancelled',))
s.cancel(e3)
print(len(s.queue), [e.argument for e in s.queue], s.empty())
print(e1.time, e1.priority, e1.sequence, e1.action is job, e1.argument, e1.kwargs)
print(type(e1).__name__, e1 < s.queue[-1], sched.Event._fields)
s.run()
print(log, s.empty())
s.enter(1, 1, job, ('later',))
print(s.run(blocking=False), log[-1])
try:
    s.cancel(e1)
except ValueError as e:
    print('ValueError', e)
rs = sched.scheduler()
rs.enter(0.01, 1, job, ('real',))
rs.run()
print(log[-1][1])
