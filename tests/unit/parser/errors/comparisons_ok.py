a < b <= c == d != e > f >= g is h is not i in j not in k
not a == b
-2**2
a if b else c if d else e
