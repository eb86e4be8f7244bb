# A code object lists its captured locals (co_cellvars, parameters included), the variables it
# takes from enclosing scopes (co_freevars), both sorted by name, and co_nlocals.
def outer(param, other=0):
    zeta = 1
    alpha = 2
    plain = 3

    def middle():
        beta = param + zeta

        def inner():
            return alpha + beta

        return inner

    return middle


mid = outer(1)
inn = mid()
for fn in (outer, mid, inn):
    c = fn.__code__
    print(c.co_name, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals)
print([cell.cell_contents for cell in inn.__closure__])
print((lambda: 0).__code__.co_cellvars, (lambda q: q).__code__.co_nlocals)
