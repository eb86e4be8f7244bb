class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and o.k.lower() == self.k.lower()
items = [Key('A'), Key('b')]
print(Key('B') in items, items.index(Key('a')), items.count(Key('x')))
