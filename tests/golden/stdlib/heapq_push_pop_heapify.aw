import heapq
import random
random.seed(5)
data = [random.randint(0, 100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
d2 = data[:]
heapq.heapify(d2)
print(d2)
print(heapq.heapreplace(d2, 500), heapq.heappushpop(d2, -1), d2[:5])
tasks = []
for pri, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
