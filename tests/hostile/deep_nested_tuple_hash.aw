# Hashing a tuple nested a million deep recurses in C: aw raises RecursionError rather than
# overflow its stack (CPython crashes here).
t = ()
for _ in range(1_000_000):
    t = (t,)
print({t: "never"})
