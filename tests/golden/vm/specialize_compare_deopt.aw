# A comparison site specialised for small ints meets floats, strs, big ints and objects
# whose __lt__ returns non-bools; the compare-and-branch pairing must keep its meaning.
class Weird:
    def __lt__(self, other):
        return "yes"
    def __gt__(self, other):
        return 0

def pick(a, b):
    if a < b:
        return "lt"
    return "ge"

def flag(a, b):
    r = a < b
    return r

for a, b in [(1, 2), (2, 1), (1.5, 2), ("a", "b"), (2 ** 60, 2 ** 61), (Weird(), 1), (1, Weird()), (3, 3), (-1, 0)]:
    print(pick(a, b), flag(a, b))
i = 0
while i < 5:
    i += 1
print(i)
try:
    pick(1, "x")
except TypeError as e:
    print(e)
