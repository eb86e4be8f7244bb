# strptime with the ISO 8601 directives %G (ISO year), %V (ISO week) and %u (weekday 1-7),
# including the errors for incomplete or mixed combinations.
from datetime import datetime, date
import time
cases = [("6/4/2003", "%u/%V/%G"), ("2004-W53-7", "%G-W%V-%u"), ("2009-W01-1", "%G-W%V-%u"),
         ("2008-W01-1", "%G-W%V-%u"), ("2020 1 3", "%G %V %u"), ("Monday 2021 05", "%A %G %V"),
         ("2021 00 1", "%G %V %u"), ("2021 0 1", "%G %V %u"), ("2021 54 1", "%G %V %u"),
         ("2021 10 8", "%G %V %u"), ("2021 10", "%G %V"), ("2021 10 1", "%Y %V %u"),
         ("10 1", "%V %u"), ("2021 10 1 40", "%G %V %u %j"), ("2021", "%G"), ("3", "%u"),
         ("6/4/2003", "%u/%W/%Y")]
for s, f in cases:
    try:
        print(repr(s), f, datetime.strptime(s, f))
    except ValueError as e:
        print(repr(s), f, "ValueError:", e)
for d in (date(2004, 12, 31), date(2005, 1, 2), date(2010, 1, 3), date(2019, 12, 30)):
    s = d.strftime("%G-W%V-%u")
    print(d, s, datetime.strptime(s, "%G-W%V-%u").date() == d, time.strptime(s, "%G-W%V-%u")[:8])
