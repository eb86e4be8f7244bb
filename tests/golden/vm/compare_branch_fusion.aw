# `is`, `is not` and small-int comparisons taken straight into the jump that follows, and the
# same tests used as values, in and/or chains, in while conditions and with `not`.
def classify(x):
    out = []
    if x is None:
        out.append("none")
    if x is not None:
        out.append("some")
    if not (x is None):
        out.append("not-none")
    out.append(x is None)
    out.append(x is not None)
    out.append(x is None or x == 3)
    out.append(x is not None and x)
    return out

for v in (None, 0, 3, "s", [], False):
    print(classify(v))

def count(n):
    i = 0
    hits = 0
    while i < n:
        if i >= 3 and i != 5 or i == 1:
            hits += 1
        i += 1
    return i, hits, i > n, i <= n
print(count(8), count(0))
x = None
y = x is None
print(y, [a is None for a in (None, 1)], [a < 2 for a in (1, 2, 3)])
