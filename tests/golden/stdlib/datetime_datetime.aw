# datetime.datetime and datetime.time: fields, arithmetic, isoformat/fromisoformat, combine.
from datetime import datetime, date, time, timedelta

dt = datetime(2023, 12, 31, 23, 59, 59)
print(dt, repr(dt), dt + timedelta(seconds=1), dt - datetime(2023, 1, 1))
print(dt.isoformat(), dt.isoformat(sep=" "), dt.isoformat(timespec="minutes"), dt.date(), dt.time())
print(datetime(2023, 1, 2, 3, 4, 5, 6000), repr(datetime(2023, 1, 2, 3, 4, 5, 6000)))
print(datetime.fromisoformat("2023-05-06T07:08:09.123456"), datetime.fromisoformat("2023-05-06 07:08"))
print(datetime.fromisoformat("2023-05-06"), datetime.combine(date(2024, 2, 28), time(13, 45)))
print(dt.replace(hour=0, minute=0, second=0), dt.timetuple()[:6], dt.weekday(), dt.toordinal())
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), dt == datetime(2023, 12, 31, 23, 59, 59))
print(isinstance(dt, date), issubclass(datetime, date), dt.year, dt.minute, dt.microsecond)
print(datetime.min, datetime.max, datetime(2023, 1, 1).ctime())
t = time(13, 45, 30, 123456)
print(t, repr(t), t.isoformat(timespec="minutes"), time(1, 2), time(), repr(time(1, 2)))
print(time.fromisoformat("10:11:12.5"), time(9) < time(10), t.replace(hour=1), time.max)
n = datetime.now()
print(type(n).__name__, n.year >= 2024, isinstance(datetime.today(), datetime))
for args in [(2020, 1, 1, 24), (2020, 1, 1, 1, 60), (2020, 1, 1, 1, 1, 1, 10**6)]:
    try:
        datetime(*args)
    except ValueError as e:
        print(e)
try:
    datetime.fromisoformat("2023-05-06X")
except ValueError as e:
    print(e)
