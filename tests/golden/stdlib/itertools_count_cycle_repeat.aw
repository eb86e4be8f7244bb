from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5, 0.5), 3)))
print(count(5), count(1.5, 0.5), count(3, 1), count(0, -1))
print(list(islice(cycle('ab'), 5)), list(islice(cycle([]), 3)))
print(list(repeat('x', 3)), repeat(1), repeat('a', 2), list(repeat(0, -1)))
print(list(map(pow, range(4), repeat(2))))
