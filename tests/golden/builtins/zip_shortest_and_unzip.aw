print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
pairs = [(1, 'a'), (2, 'b')]
nums, lets = zip(*pairs)
print(nums, lets)
