from collections import defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['b'].append(2)
dd['a'].append(3)
print(dd, dd['zz'], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
print(defaultdict(None, {1: 2}), defaultdict(lambda: 5)['x'], isinstance(dd, dict))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], dd.get('missing'), 'missing' in dd)
c = dd.copy()
print(type(c).__name__, c == dd)
