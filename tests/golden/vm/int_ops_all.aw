# Every comparison operator and the bitwise operators on small ints, with variables and
# constants, as values and as branch conditions, including shifts by 0, 47, 63, 64 and more.
vals = [-3, -1, 0, 1, 2, 3, 2 ** 47 - 1, -(2 ** 47)]
for x in vals:
    for y in vals:
        row = [x < y, x <= y, x == y, x != y, x > y, x >= y]
        br = []
        if x < y: br.append("lt")
        if x <= y: br.append("le")
        if x == y: br.append("eq")
        if x != y: br.append("ne")
        if x > y: br.append("gt")
        if x >= y: br.append("ge")
        print(x, y, row, br, x & y, x | y, x ^ y)
    print(x < 2, x <= 2, x == 2, x != 2, x > 2, x >= 2, x > -2)
for x in (5, -5, 2 ** 47 - 1, -(2 ** 47), 0):
    print([x >> s for s in (0, 1, 3, 47, 63, 64, 100)])
try:
    print(1 >> -1)
except ValueError as e:
    print(e)
print(True & 3, True | False, 6 & True, 2 ** 60 & 7, (2 ** 60) | 1)
