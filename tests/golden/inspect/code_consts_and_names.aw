# co_consts starts with a function's docstring (or None); co_names lists the global,
# attribute and import names the code uses, in first-use order
def documented():
    """The docstring."""
    return "text"

def plain():
    return "text"

def nested():
    def inner():
        pass
    return inner

def uses_names(a):
    import os
    a.attr = len(a.other)
    return os.path

print(documented.__code__.co_consts[0], documented.__doc__)
print(plain.__code__.co_consts[0], "text" in plain.__code__.co_consts, plain.__doc__)
print((lambda: "x").__code__.co_consts[0], nested.__code__.co_names)
print(uses_names.__code__.co_names)
module = compile("import blah\n\ndef foo():\n    pass\nx = foo.y\n", "<src>", "exec")
print(module.co_names)
print(compile("a + b.c", "<expr>", "eval").co_names)
print(type(module.co_consts).__name__, any(type(c).__name__ == "code" for c in module.co_consts))
