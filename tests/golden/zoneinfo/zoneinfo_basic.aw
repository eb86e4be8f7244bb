from zoneinfo import ZoneInfo, available_timezones, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone
tz = ZoneInfo('Europe/Paris')
print(tz, repr(tz), tz.key)
d = datetime(2024, 7, 1, 12, 0, tzinfo=tz)
print(d, d.utcoffset(), d.tzname(), d.dst(), d.astimezone(timezone.utc))
w = datetime(2024, 1, 15, 8, 30, tzinfo=tz)
print(w, w.tzname(), w.astimezone(ZoneInfo('America/New_York')))
print(datetime(2024, 3, 31, 1, 59, tzinfo=tz) + timedelta(minutes=2))
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc).astimezone(ZoneInfo('America/New_York'))
print(u, u.fold, ZoneInfo('UTC').utcoffset(None), ZoneInfo('Europe/Paris') is tz)
print(datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ZoneInfo('America/New_York')).utcoffset())
try:
    ZoneInfo('No/Such_Zone')
except ZoneInfoNotFoundError as e:
    print('ZoneInfoNotFoundError', e)
try:
    ZoneInfo('../etc/passwd')
except ValueError as e:
    print('ValueError', e)
zones = available_timezones()
print('Europe/Paris' in zones, 'Asia/Tokyo' in zones, len(zones) > 300)
print(datetime(2000, 1, 1, tzinfo=ZoneInfo('Asia/Kolkata')).utcoffset(), ZoneInfo('Australia/Lord_Howe').utcoffset(datetime(2024, 1, 1)))
print(datetime.fromtimestamp(0, ZoneInfo('Asia/Tokyo')), ZoneInfo.no_cache('Europe/Paris') is tz)
