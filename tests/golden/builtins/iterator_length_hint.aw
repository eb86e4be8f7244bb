# The built-in iterators report how many items are left through __length_hint__,
# which operator.length_hint reads.
import operator

it = iter([10, 20, 30])
next(it)
print(it.__length_hint__(), operator.length_hint(it))
print(list(it), it.__length_hint__())

rev = reversed([1, 2, 3, 4])
next(rev)
print(rev.__length_hint__(), list(rev), rev.__length_hint__())

t = iter((1, 2))
print(t.__length_hint__(), operator.length_hint(iter(())))

for r in [range(10), range(3, 20, 4), range(10, 0, -3), range(5, 5)]:
    ri = iter(r)
    print(len(r), ri.__length_hint__(), end=" ")
    next(ri, None)
    print(ri.__length_hint__())

d = {"a": 1, "b": 2, "c": 3}
for view in [d, d.values(), d.items()]:
    di = iter(view)
    next(di)
    print(di.__length_hint__(), end=" ")
di = iter(d)
d["d"] = 4
print(di.__length_hint__())

s = {1, 2, 3}
si = iter(s)
next(si)
print(si.__length_hint__(), operator.length_hint(si), len(list(si)))

custom = reversed(range(4))
print(operator.length_hint(custom), operator.length_hint(reversed("abc")))
try:
    type(iter([])).__length_hint__(5)
except TypeError as e:
    print(e)
