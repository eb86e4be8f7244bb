import heapq
import random
random.seed(7)
data = [random.randint(0, 50) for _ in range(40)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda x: -x))
print(heapq.nsmallest(1, data), heapq.nlargest(100, data)[:3], heapq.nsmallest(0, data))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
pairs = [(random.randint(0, 5), i) for i in range(20)]
print(heapq.nsmallest(4, pairs, key=lambda p: p[0]), heapq.nlargest(4, pairs, key=lambda p: p[0]))
