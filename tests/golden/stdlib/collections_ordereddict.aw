from collections import OrderedDict
od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od)
od.move_to_end('z', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(OrderedDict.fromkeys('abc')), OrderedDict([('k', 'v')]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
