# timedelta normalisation of int arguments over a huge range (seeded random cases) and both overflow messages.
from datetime import timedelta
import random
r = random.Random(11)
def rnd():
    return r.choice([0, 1, -1, r.randint(-10**6, 10**6), r.randint(-10**12, 10**12), r.randint(-10**18, 10**18)])
for i in range(150):
    kw = {k: rnd() for k in r.sample(['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'], r.randint(0, 7))}
    try:
        t = timedelta(**kw)
        print(repr(t), t.days, t.seconds, t.microseconds, hash(t) == hash(timedelta(t.days, t.seconds, t.microseconds)))
    except OverflowError as e:
        print("OverflowError", e)
print(repr(timedelta(True, False)), repr(timedelta(1.5, minutes=2)))
