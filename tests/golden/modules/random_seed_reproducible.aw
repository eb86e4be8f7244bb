import random
random.seed(2024)
a = [random.randint(0, 10**6) for _ in range(5)]
random.seed(2024)
b = [random.randint(0, 10**6) for _ in range(5)]
print(a == b, a)
random.seed(0)
print(random.randint(1, 1000))
