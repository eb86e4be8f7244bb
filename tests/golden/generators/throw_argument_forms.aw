# generator.throw(type[, value[, traceback]]) and throw(instance): how the exception is built
# and the TypeErrors for the forms CPython refuses.


def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("  inside:", type(e).__name__, e.args)


forms = [
    (ValueError,),
    (ValueError, "one"),
    (ValueError, ("a", 2)),
    (ValueError, None),
    (ValueError, ValueError("given")),
    (KeyError("inst"),),
    (KeyError("inst"), None),
    (KeyError("inst"), "extra"),
    (ValueError, "x", 5),
    (ValueError, "x", None),
    (int,),
    (3,),
    ("text",),
]
g = gen()
next(g)
for args in forms:
    print(repr(args)[:40])
    try:
        g.throw(*args)
    except TypeError as e:
        print("  TypeError:", e)
