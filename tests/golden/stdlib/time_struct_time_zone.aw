# struct_time: 9 visible fields, plus tm_zone and tm_gmtoff (None unless given), as CPython.
import time, email.utils

fields = (2024, 3, 4, 5, 6, 7, 0, 64, 0)
st = time.struct_time(fields)
print(st, len(st), st.tm_zone, st.tm_gmtoff)
st = time.struct_time(fields + ("XYZ",))
print(len(st), st.tm_zone, st.tm_gmtoff, tuple(st) == fields, st == fields)
st = time.struct_time(fields + ("ABC", 3600))
print(len(st), st.tm_zone, st.tm_gmtoff, st[:3], list(st)[-1])
st = time.struct_time(fields, {"tm_zone": "UTC", "tm_gmtoff": 60})
print(st.tm_zone, st.tm_gmtoff)
st = time.struct_time(list(fields))
print(type(st).__name__, st.tm_year, st.tm_isdst, time.struct_time.n_fields,
      time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for bad in ((1, 2, 3), tuple(range(12)), 5):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)

g = time.gmtime(86400 * 365)
print(g, g.tm_zone, g.tm_gmtoff, len(g))
lt = time.localtime()
print(isinstance(lt.tm_zone, str), isinstance(lt.tm_gmtoff, int), len(lt))
print(time.mktime(time.localtime(1000000)) == 1000000.0, time.asctime(g))
print(type(email.utils.localtime()).__name__)
try:
    time.struct_time(fields, ["tm_zone", "UTC"])
except TypeError as e:
    print("TypeError:", e)

t = time.strptime("2024-05-06 07:08:09 +0200", "%Y-%m-%d %H:%M:%S %z")
print(t, t.tm_zone, t.tm_gmtoff)
t = time.strptime("2024-05-06 UTC", "%Y-%m-%d %Z")
print(t.tm_zone, t.tm_gmtoff, t.tm_isdst, time._STRUCT_TM_ITEMS)
