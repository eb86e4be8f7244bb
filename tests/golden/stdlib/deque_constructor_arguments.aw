# deque() takes at most an iterable and a maxlen; other arguments fail as CPython's C type.
from collections import deque

print(deque(), deque("ab"), deque([1, 2, 3], 2), deque(iterable=[1], maxlen=1), deque(maxlen=0))
for args, kwargs in [(((), 2, True), {}), (([], 2, 3), {"x": 1}), ((), {"size": 3}), (([],), {"bad": 1})]:
    try:
        deque(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    deque([], -1)
except ValueError as e:
    print("ValueError:", e)
