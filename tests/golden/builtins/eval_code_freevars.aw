# eval/exec of a code object that has free variables is refused (nothing can fill its cells)
def outer(x):
    return lambda: x + 1

code = outer(3).__code__
for fn in (eval, exec):
    try:
        fn(code, {})
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)

# a code object without free variables still runs
plain = compile("y = 6 * 7", "<s>", "exec")
ns = {}
exec(plain, ns)
print(ns["y"], eval(compile("1 + 2", "<e>", "eval")))
