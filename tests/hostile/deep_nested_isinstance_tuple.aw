# isinstance() with a tuple of types nested far deeper than the recursion limit raises
# CPython's RecursionError instead of overflowing the C stack.
spec = int
for _ in range(500_000):
    spec = (spec,)
print(isinstance(1, spec))
