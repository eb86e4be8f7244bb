# Removing items gives room back as CPython does once less than half of it is used, and
# clear()/`*= 0` drop the buffer entirely (seen through sys.getsizeof).
import sys

items = list(range(64))
sizes = []
while items:
    items.pop()
    sizes.append(sys.getsizeof(items))
print(sorted(set(sizes), reverse=True))
items = list(range(100))
del items[10:90]
print(sys.getsizeof(items), end=" ")
del items[::2]
print(sys.getsizeof(items), end=" ")
items.remove(1)
del items[0]
print(sys.getsizeof(items))
again = [7] * 40
again *= 0
print(sys.getsizeof(again), again)
again.extend(range(5))
again.clear()
print(sys.getsizeof(again))
