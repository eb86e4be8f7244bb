# datetime.date: construction, arithmetic, comparisons, calendar queries, iso formats.
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=-365) + d, d - timedelta(weeks=9))
print(date(2024, 3, 1) - d, (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal())
print(date.fromordinal(738000), date.fromisoformat("2021-12-31"), date.fromisocalendar(2020, 53, 7))
print(d.replace(year=2023, day=1), d.timetuple()[:3], d.isoformat(), str(d), d.ctime())
print(d < date(2025, 1, 1), d == date(2024, 2, 28), d != d.replace(day=1), max(d, date(2020, 1, 1)))
print(hash(d) == hash(date(2024, 2, 28)), len({d, date(2024, 2, 28), date(2024, 2, 29)}))
print(sorted([date(2023, 5, 1), date(2021, 1, 9), date(2022, 12, 31)]))
print(date.min, date.max, date.resolution, date(2000, 1, 1).fromtimestamp(0).year)
print(type(date.today()).__name__, date.today() > date(2020, 1, 1))
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__)
try:
    date.fromisoformat("2021-13-01")
except ValueError as e:
    print(e)
try:
    date(9999, 12, 31) + timedelta(days=1)
except OverflowError as e:
    print(e)
