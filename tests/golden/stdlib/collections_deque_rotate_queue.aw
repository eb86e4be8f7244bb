from collections import deque
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(13)
print(d)
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
    if total % 7 == 0:
        q.appendleft(1)
print(total)
q = deque()
for i in range(100):
    q.appendleft(i)
print(list(q)[:5], q[50], q[-1], len(q))
