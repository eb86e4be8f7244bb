# Code objects list captured locals (co_cellvars: parameters first, then by name) and the
# variables taken from enclosing scopes (co_freevars, by name); co_nlocals counts co_varnames.
def make_counter(start, step, *extra, label, **opts):
    total = start
    count = 0
    scratch = None

    def bump():
        nonlocal total, count
        total += step
        count += 1
        return label, total, count

    def show():
        return opts

    return bump, show


bump, show = make_counter(10, 5, label="c")
for code in (make_counter.__code__, bump.__code__, show.__code__):
    print(code.co_name, code.co_varnames, code.co_nlocals, code.co_cellvars, code.co_freevars)
print(bump(), bump(), [c.cell_contents for c in bump.__closure__])


class Base:
    def hello(self):
        return super().__repr__()[:1]


print(Base.hello.__code__.co_freevars, Base().hello())
