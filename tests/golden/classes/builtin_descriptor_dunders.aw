# property, staticmethod and classmethod answer the descriptor protocol when called
# explicitly (__get__, __set__, __delete__), and a property knows the name it was bound to.
class A:
    x = property()
    y = x
try: A().x
except AttributeError as e: print(e)
try: A().y = 1
except AttributeError as e: print(e)
p = A.__dict__['x']
try: p.__get__(A(), A)
except AttributeError as e: print(e)
try: p.__set__(A(), 1)
except AttributeError as e: print(e)
try: p.__delete__(A())
except AttributeError as e: print(e)
print(p.__get__(None, A) is p)
try: p.__get__(None, None)
except TypeError as e: print(e)
s = staticmethod(len); print(s.__get__(1)('ab'), s.__get__(None, int)('a'))
c = classmethod(lambda k: k); print(c.__get__(1), c.__get__(None, int), c.__get__(1, str))
try: c.__get__(None, None)
except TypeError as e: print(e)
q = property(lambda s: 1)
print(q.__get__(5), type(property().__get__(None, int)).__name__)
class B:
    z = property()
try: B().z
except AttributeError as e: print(e)
p2 = property()
class C: pass
C.w = p2
try: C().w
except AttributeError as e: print(e)


# subclasses of the built-in descriptors keep working through the inherited dunders
class LoudProperty(property):
    pass


class Cm(classmethod):
    pass


class Sm(staticmethod):
    pass


class D:
    v = LoudProperty(lambda self: "got v")

    @v.setter
    def v(self, value):
        print("setting v to", value)

    who = Cm(lambda cls: cls.__name__)
    plain = Sm(lambda: "plain")


d = D()
print(d.v, d.who(), D.who(), d.plain(), D.plain())
d.v = 3
print(hasattr(property, "__get__"), hasattr(property, "__set__"), hasattr(staticmethod, "__get__"))
