# time.strptime parses with the C-locale directives into a struct_time (aw's _strptime).
import time
t = time.strptime("30 Nov 00", "%d %b %y")
print(t, t.tm_year, t[7])
print(time.strptime("2023-07-04 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Jul  4 10:11:12 2023"))
print(time.mktime(time.strptime("2000-01-01", "%Y-%m-%d")) > 0)
for bad in [("x", "%Y"), (1, "%Y"), ("2020", "%Q")]:
    try: time.strptime(*bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
