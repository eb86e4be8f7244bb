# time.strftime and time.asctime check a time tuple as CPython: month 0 is January, day 0 and
# day-of-year 0 are accepted, the weekday is taken modulo 7 (C remainder), others raise.
import time
base = (2020, 3, 5, 1, 2, 3, 2, 65, 0)
def tweak(i, v):
    t = list(base); t[i] = v; return tuple(t)
for i, v in [(1, 0), (1, 13), (1, -1), (2, 0), (2, -1), (2, 32), (7, 0), (7, -1), (7, 367), (7, 366), (6, -1), (6, -2), (6, -8), (6, 9), (5, 61), (5, 62), (3, 24), (0, 1), (0, 0), (0, -5)]:
    for fn in (lambda t: time.strftime("%Y-%m-%d %j %a|", t), time.asctime):
        try:
            print(i, v, repr(fn(tweak(i, v))))
        except ValueError as e:
            print(i, v, "ValueError", e)
print(time.strftime('%Y', (1,) + (0,) * 8))
