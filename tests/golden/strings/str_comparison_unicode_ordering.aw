words = ['zebra', 'Apple', 'éclair', 'apple', 'Zoo', '123', '_x']
print(sorted(words), max(words), min(words))
