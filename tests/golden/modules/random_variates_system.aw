import random
random.seed(12345)
print([round(random.betavariate(a, b), 12) for a, b in [(2, 3), (0.5, 0.5), (1, 1), (5, 1)]])
print([round(random.gammavariate(a, b), 12) for a, b in [(0.3, 1), (1.0, 2), (2.5, 0.5), (9, 3)]])
print([round(random.vonmisesvariate(m, k), 12) for m, k in [(0, 0), (1, 4), (-2, 0.5), (3, 1e-7)]])
for bad in [(0, 1), (1, -1)]:
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.betavariate(*bad)
    except ValueError as e:
        print("ValueError", e)
r = random.Random(99)
print(r.betavariate(3, 3), r.gammavariate(0.9, 1))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
sr = random.SystemRandom()
print(type(sr).__name__, isinstance(sr, random.Random), sr.seed(5))
x = sr.random(); print(0 <= x < 1, 1 <= sr.randint(1, 6) <= 6, sr.choice("abc") in "abc", len(sr.sample(range(100), 10)))
l = list(range(20)); sr.shuffle(l); print(sorted(l) == list(range(20)))
print(sr.getrandbits(8) < 256, len(set(sr.random() for _ in range(100))))
for m in (sr.getstate, lambda: sr.setstate(None)):
    try:
        m()
    except NotImplementedError as e:
        print("NotImplementedError", e)
random.seed(7); a = random.random(); random.seed(7); print(a == random.random())
