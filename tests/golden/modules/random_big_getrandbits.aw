import random
random.seed(99)
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100), random.randint(0, 2**70))
