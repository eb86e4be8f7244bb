from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total())
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.subtract({'a': 10})
print(c)
print(Counter(), Counter({'x': 1}) == Counter(x=1), Counter([1, 2, 2, 3, 3, 3]).most_common())
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
del c['b']
del c['nope']
print(c)
