import random
random.seed(12345)
print([random.random() for _ in range(5)])
print(random.uniform(1, 2))
