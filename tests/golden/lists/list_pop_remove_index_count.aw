a = [5, 3, 5, 1, 5]
print(a.pop(), a.pop(0), a, a.index(5), a.count(5), a.index(5, 1))
a.remove(5)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
