# A namespace from __prepare__ sees every store of the class statement through its own
# __setitem__: the body's names, then __classcell__ (when a method uses __class__ or super()),
# then __orig_bases__ (when a base was replaced by __mro_entries__).
class Stand:
    def __mro_entries__(self, bases):
        return (object,)


class Recording(dict):
    def __setitem__(self, key, value):
        print("  store", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return Recording()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Plain(metaclass=Meta):
    size = 1


class UsesSuper(metaclass=Meta):
    def hello(self):
        return super().__repr__()[:1] + __class__.__name__


class Boxed(Stand(), metaclass=Meta):
    item = None


print(UsesSuper().hello(), type(Boxed.__orig_bases__[0]).__name__, Boxed.__bases__, "__classcell__" in UsesSuper.__dict__)
