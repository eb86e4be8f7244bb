# pprint: pprint/pformat/pp with width, indent, depth, compact, sort_dicts on nested containers.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass
data = {'name': 'aw', 'versions': list(range(25)), 'nested': {'a': [1, 2, {'deep': ('x',) * 12}], 'b': set(range(5))},
        'text': 'lorem ipsum dolor sit amet ' * 5, 'z': None, 'tuple': (1,), 'empty': {}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, sort_dicts=False, depth=2)
pprint.pprint(data, compact=True, width=60)
print(pprint.pformat([[1, 2, 3]] * 8, width=30))
pprint.pp({'b': 1, 'a': 2})
print(pprint.saferepr([1, 2, [3]]), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l); print(pprint.pformat(l).replace(str(id(l)), "ID"), pprint.saferepr(l) == pprint.pformat(l))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {k: [k] * 10 for k in 'abc'}))
pprint.pprint(Counter('abracadabra' * 3))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(frozenset({1, 2, 3}), width=5)
@dataclass
class P:
    x: int
    y: list
pprint.pprint(P(1, list(range(30))))
pprint.pprint(b'bytes ' * 20)
pprint.pprint(['short', 'a' * 100], width=50)
pp = pprint.PrettyPrinter(indent=4, width=20)
pp.pprint({'key': ['value1', 'value2', 'value3']})
print(pp.pformat((1, 2)))
pprint.pprint(set(range(40)))
