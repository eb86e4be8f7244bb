# a NaN keeps its sign bit, as CPython's floats do
import math, struct, array
from decimal import Decimal

n = math.nan
for label, x in [('nan', n), ('-nan', -n), ("float('-nan')", float('-nan')), ('abs(-nan)', abs(-n)),
                 ('copysign', math.copysign(n, -1.0)), ('-(-nan)', -(-n)), ("float('-NaN')", float('-NaN')),
                 ('Decimal(-nan)', float(Decimal('-nan'))), ('Decimal(nan)', float(Decimal('nan'))),
                 ('-inf*0', -math.inf * 0 if False else math.copysign(math.nan, -2))]:
    print(label, repr(x), math.copysign(1.0, x), struct.pack('>d', x).hex(), struct.pack('<f', x).hex())
a = array.array('d', [-n, n])
print([math.copysign(1, v) for v in a], a.tobytes().hex())
print(struct.unpack('>d', bytes.fromhex('fff8000000000000'))[0], math.copysign(1, struct.unpack('>d', bytes.fromhex('fff8000000000000'))[0]))
x = -n
print(x != x, x in [x], -n in [-n], math.isnan(x), str(x), f'{x:.2f}', format(x, '+'), '%f' % x)
print(sorted([3.0, -n, 1.0]) is not None, max(1.0, 2.0), math.fabs(-n) != 0)
