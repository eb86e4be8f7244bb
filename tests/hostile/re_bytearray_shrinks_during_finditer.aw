# The subject bytearray shrinks while finditer and a Match still refer to it.
import re

data = bytearray(b'ab1 cd22 ef333 ' * 1000)
it = re.finditer(rb'\d+', data)
first = next(it)
del data[10:]
print(first.span(), first.group(), [m.group() for m in it])
m = re.search(rb'(\w+) (\w+)', data)
data.clear()
print(m.span(), m.groups(), m.group(0), m.expand(rb'\2\1'))
raise SystemError('done')
