# for over range and list: bounds past 2**47, negative steps, empty ranges, a list growing
# and shrinking during iteration, range shadowed, non-local loop targets.
big = 2 ** 47
print(list(range(big - 2, big + 2)), list(range(-big + 1, -big - 2, -1)))
for i in range(big - 1, big + 1):
    print(i, type(i).__name__)
print([i for i in range(10, 0, -3)], [i for i in range(0)], [i for i in range(5, 1)])
try:
    for i in range(1, 5, 0):
        pass
except ValueError as e:
    print(e)
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print(e)
for i in range(True, 3):
    print("bool start", i)
lst = [1, 2, 3]
for x in lst:
    if x < 6:
        lst.append(x + 3)
print(lst)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
class O:
    pass
o = O()
for o.attr in [5, 6]:
    pass
print(o.attr)
d = {}
for d["k"] in range(3):
    pass
print(d)
def range(*a):
    return ["shadowed"]
for r in range(3):
    print(r)
it = iter([1, 2])
for v in it:
    pass
print(list(it), next(it, "done"))
