# strftime and strptime with the common directives (C locale), and f-string formats.
from datetime import datetime, date

d = date(2024, 2, 28)
print(d.strftime("%A %d %B %Y %j %U %W %w %a %b %y %m %%"))
dt = datetime(2023, 7, 4, 9, 5, 3, 123)
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I %p %c|%x|%X"), f"{dt:%B %d, %Y}", format(d, "%d.%m"))
tests = [("2023-07-04 10:11:12", "%Y-%m-%d %H:%M:%S"), ("04/07/23", "%d/%m/%y"), ("July 4, 2023", "%B %d, %Y"),
         ("Tue Jul  4 10:11:12 2023", "%c"), ("12:30 PM", "%I:%M %p"), ("12:30 am", "%I:%M %p"),
         ("2023-07-04T10:11:12.5+0530", "%Y-%m-%dT%H:%M:%S.%f%z"), ("2023-07-04 10:11:12Z", "%Y-%m-%d %H:%M:%S%z"),
         ("2023 185", "%Y %j"), ("123", "%m%d"), ("2023-07-04 extra", "%Y-%m-%d"), ("2023/07/04", "%Y-%m-%d"),
         ("2023   7", "%Y %m"), ("Mon 2023 05", "%a %Y %W"), ("Sun 2023 05", "%a %Y %U"), ("2023-7-4", "%Y-%m-%d"),
         ("x", "%Q"), ("x", "%"), ("1-2-3", "%y-%m-%d"), ("29 Feb", "%d %b"), ("UTC 2020", "%Z %Y"),
         ("2020-01-01 -01:30", "%Y-%m-%d %z"), ("10:11:12.123", "%H:%M:%S.%f"), ("7/4/23", "%x"), ("13:14:15", "%X"),
         ("MARCH 3 99", "%B %d %y"), ("3 mar 69", "%d %b %y")]
for s, f in tests:
    try:
        r = datetime.strptime(s, f)
        print(repr(r))
    except ValueError as e:
        print("ValueError:", e)
