# datetime +/- timedelta across the whole range (seeded random cases), overflow, subclass results and reprs.
from datetime import datetime, date, time, timedelta, timezone, tzinfo
import random
r = random.Random(5)
base = [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(2020, 2, 28, 23, 59, 59, 999999), datetime(2023, 12, 31, 12, tzinfo=timezone.utc)]
for i in range(100):
    b = r.choice(base + [datetime(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))])
    td = timedelta(days=r.randint(-800000, 800000), seconds=r.randint(-100000, 100000), microseconds=r.randint(-2000000, 2000000))
    for op in (lambda: b + td, lambda: td + b, lambda: b - td):
        try: print(repr(op()))
        except OverflowError as e: print("OverflowError", e)
class D(datetime): pass
print(repr(D(2020, 1, 1) + timedelta(1)), type(D(2020, 1, 1) + timedelta(1)).__name__)
try: datetime.max + timedelta(days=999999999)
except OverflowError as e: print(e)
class DD(date): pass
class T(time): pass
class TD(timedelta): pass
class Z(tzinfo): pass
print(repr(DD(2020, 1, 1)), repr(T(1, 2)), repr(TD(1)), repr(date(2020, 1, 1)), repr(timezone(timedelta(hours=1))), repr(timedelta(seconds=5)))
