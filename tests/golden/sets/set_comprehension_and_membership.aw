s = {x % 5 for x in range(20)}
print(s, 3 in s, 7 in s, sorted({'b', 'a', 'c'}))
