# repr() of closure cells: "<cell at 0x...: <type> object at 0x...>" or "<cell at 0x...: empty>".
import re
import reprlib

def outer():
    x = 5
    items = []
    def inner():
        return x, items, gone
    gone = None
    del gone
    return inner

cells = outer().__closure__
shape = re.compile(r'<cell at 0x[0-9a-fA-F]+: (\w+) object at 0x[0-9a-fA-F]+>|<cell at 0x[0-9a-fA-F]+: empty>')
for c in cells:
    m = shape.fullmatch(repr(c))
    print(bool(m), m and m.group(1))
print(bool(shape.fullmatch(reprlib.repr(cells[0]))), '0x' in str(cells[1]))
