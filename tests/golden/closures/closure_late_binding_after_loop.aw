def make():
    funcs = []
    for n in range(3):
        def f():
            return n * 10
        funcs.append(f)
    n = 99
    return funcs
print([f() for f in make()])
