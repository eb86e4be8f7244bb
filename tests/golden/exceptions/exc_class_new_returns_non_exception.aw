# raise / throw() of an exception class whose __new__ hands back something else


class Wrong(Exception):
    def __new__(cls, *args):
        return [cls.__name__, args]


def show(thunk):
    try:
        thunk()
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", e.args)


def gen():
    yield 1


def fresh():
    g = gen()
    next(g)
    return g


def raise_class(c):
    raise c


def raise_from(c):
    raise c from None


show(lambda: raise_class(Wrong))
show(lambda: raise_from(Wrong))
show(lambda: fresh().throw(Wrong))
show(lambda: fresh().throw(Wrong, "arg"))
show(lambda: gen().throw(Wrong))
show(lambda: fresh().throw(KeyError, ("k", 2)))
show(lambda: fresh().throw(KeyError, "k"))
show(lambda: fresh().throw(KeyError, None))
show(lambda: fresh().throw(KeyError, KeyError("inst")))
show(lambda: fresh().throw(dict))
show(lambda: fresh().throw(3))
