print(int('7'), float('2.5'), str(3), bool(''), list('ab'), tuple([1]), dict(a=1), set([1, 1]), frozenset([2]), repr('x'))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
