# int() and float() read an array.array (a buffer exporter) as the text of its bytes.
from array import array
for f in (int, float):
    for a in (array('B', b'100'), array('B', b' 12_5 '), array('b', b'x1')):
        try: print(f.__name__, f(a))
        except (ValueError, TypeError) as e: print(f.__name__, type(e).__name__, e)
try: int(array('B', b'7'), 2)
except TypeError as e: print(e)
