# OrderedDict: instance attributes survive copy and pickle-style reduce, pop/setdefault take
# keywords, and a value view that contains its own dict has a finite repr
import copy
from collections import OrderedDict

od = OrderedDict([('b', 1), ('a', 2)])
print(od.__reduce__()[2])
od.tag = 'x'
print(od.__reduce__()[2])
c = copy.copy(od)
print(c, c.tag, type(c).__name__)
d = copy.deepcopy(od)
print(d, d.tag)
print(od.pop('a', default=5), od.pop('zz', default=5), od.setdefault('k', default=3), od)
try:
    od.pop('missing')
except KeyError as e:
    print("KeyError", e)
od2 = OrderedDict()
od2['v'] = od2.values()
print(repr(od2).replace(' ', ''))
od3 = OrderedDict()
od3['k'] = od3.keys()
print(repr(od3))
