# time: struct_time fields are C ints (OverflowError beyond), asctime/strftime check the
# ranges, mktime normalises out-of-range fields instead.
import time
big = 2147483648
for case in ((big, 1, 1, 0, 0, 0, 0, 0, 0), (2024, big, 1, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, -big - 1, 0, 0, 0),
             (2024, 1, 1, 0, 0, 0, 0, 0, big), (2024, 1, 1, 0, 0, 0, 0, 0, -big), (2147483647, 13, 1, 0, 0, 0, 0, 0, 0), (10**30,) * 9):
    for name, call in (("mktime", time.mktime), ("asctime", time.asctime), ("strftime", lambda c: time.strftime("%Y", c))):
        try:
            call(case)
            print(name, "ok")
        except (OverflowError, ValueError) as e:
            print(name, type(e).__name__, e)
print(time.mktime((2024, 13, 0, 0, 0, 0, 0, 0, 0)) - time.mktime((2024, 12, 31, 0, 0, 0, 0, 0, 0)))
print(time.localtime(time.mktime((2024, 2, 30, 25, 0, 0, 0, 0, -1)))[:6])
try:
    time.asctime((2024, 2, 30, 25, 0, 0, 0, 0, -1))
except ValueError as e:
    print("ValueError:", e)
