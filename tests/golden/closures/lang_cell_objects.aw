# Cell objects: writable contents, construction through types.CellType, comparison.
import types

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

bump = counter()
cell = bump.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 41
print(bump(), cell.cell_contents)
del cell.cell_contents
try:
    bump()
except NameError as e:
    print("NameError:", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)

empty = types.CellType()
full = types.CellType([1, 2])
print(type(empty).__name__, full.cell_contents)
print(empty == types.CellType(), empty < full, full > empty, full == types.CellType([1, 2]))
print(types.CellType(1) < types.CellType(2), types.CellType("b") >= types.CellType("a"))
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(full)
except TypeError as e:
    print("TypeError:", e)
