# datetime.timezone: UTC and fixed offsets, aware arithmetic, astimezone, timestamps.
from datetime import datetime, timezone, timedelta, time, UTC

u = datetime(2023, 6, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.dst(), u.timestamp())
ist = timezone(timedelta(hours=5, minutes=30))
print(u.astimezone(ist), u.astimezone(timezone(timedelta(hours=-3), "BRT")))
print(repr(timezone.utc), repr(timezone(timedelta(hours=-5), "EST")), repr(ist))
print(timezone(timedelta(hours=5, minutes=30)), str(timezone(timedelta(0))), timezone(timedelta(hours=-8)))
print(UTC is timezone.utc, timezone.min, timezone.max)
print(datetime(2023, 1, 1, tzinfo=timezone.utc) - datetime(2022, 1, 1, tzinfo=timezone(timedelta(hours=1))))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, timezone.utc))
print(datetime.utcfromtimestamp(1700000000), datetime.fromisoformat("2023-05-06T07:08:09+02:00"))
print(u == u.astimezone(ist), u.astimezone(ist).isoformat(), time(1, 2, tzinfo=ist))
print(datetime.now(timezone.utc).tzinfo, datetime(2023, 1, 1, tzinfo=ist).utcoffset())
try:
    datetime(2023, 1, 1) < u
except TypeError as e:
    print(e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print(e)
