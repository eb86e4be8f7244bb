# datetime.timedelta: normalisation, str and repr, arithmetic, division and comparisons.
from datetime import timedelta as TD

print(TD(days=1, hours=2, minutes=3, seconds=4.5), TD(weeks=2), TD(-1), TD(seconds=-1))
print(TD(microseconds=1), TD(milliseconds=1500), TD(hours=36), TD(days=-1, seconds=5))
print(repr(TD(days=1, seconds=5)), repr(TD()), repr(TD(microseconds=-1)), repr(TD(hours=1.5)))
print(TD(days=1) / TD(hours=1), TD(hours=36).total_seconds(), TD(days=3) * 2, 2.5 * TD(hours=1))
print(TD(days=3) // 2, TD(days=3) / 4, TD(hours=25) // TD(hours=1), TD(hours=25) % TD(hours=24))
print(divmod(TD(hours=25), TD(hours=24)), -TD(days=1), abs(TD(-1)), +TD(1))
print(TD(hours=25).days, TD(hours=25).seconds, TD(seconds=1.25).microseconds)
print(TD(1) > TD(0), TD(hours=24) == TD(days=1), bool(TD()), bool(TD(microseconds=1)))
print(TD.max, TD.min, TD.resolution, sum([TD(hours=1), TD(minutes=30)], TD()))
try:
    TD(days=10**9)
except OverflowError as e:
    print(e)
try:
    TD(1) + 1
except TypeError as e:
    print(type(e).__name__)
try:
    TD(1) / 0
except ZeroDivisionError as e:
    print(e)
