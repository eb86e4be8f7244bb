import random
random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.choice(['a', 'b', 'c', 'd']), random.choice('xyz'), random.randrange(10), random.randrange(5, 50, 5))
