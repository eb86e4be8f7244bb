from itertools import accumulate, chain
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
