from collections import deque
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m)
print(deque([], maxlen=0), deque(maxlen=2).maxlen, deque([1]).maxlen)
last_three = deque(maxlen=3)
for i in range(10):
    last_three.append(i)
print(list(last_three))
try:
    deque([1, 2, 3], maxlen=3).insert(0, 0)
except IndexError as e:
    print(e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
