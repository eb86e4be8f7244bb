# time.tzset() re-reads the TZ environment variable: localtime, mktime, strftime('%Z') and the
# module's timezone, altzone, daylight and tzname follow it.
import os
import time

ZONES = ["UTC", "EST+05EDT,M3.2.0,M11.1.0", "Europe/Berlin", "Australia/Sydney",
         "Asia/Kolkata", "XYZ-3", "America/Sao_Paulo"]
for tz in ZONES:
    os.environ["TZ"] = tz
    print(time.tzset())
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for stamp in (1700000000, 1690000000):
        lt = time.localtime(stamp)
        print("  ", time.strftime("%Y-%m-%d %H:%M:%S %Z", lt), lt.tm_isdst, time.mktime(lt) == stamp)

os.environ["TZ"] = "UTC"
time.tzset()
print(time.ctime(0), time.tzname)
try:
    time.tzset(1)
except TypeError as e:
    print(e)
