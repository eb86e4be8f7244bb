import random
random.seed(7)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
