from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([9, 10])
print(d, list(d), list(reversed(d)), 3 in d, 99 in d)
d[0] = 'x'
del d[1]
print(d, d.count(7), d.index(7))
d.insert(1, 'ins')
d.remove('ins')
d.reverse()
print(d, d.copy(), deque(), deque('abc'), bool(deque()))
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
