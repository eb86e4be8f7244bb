# attribute names may be str subclasses everywhere: setattr/getattr, object's and type's
# __getattribute__/__setattr__/__delattr__, BaseException.__setstate__.
import enum

class Name(str):
    pass

class Field(str, enum.Enum):
    X = "x"

class Obj:
    pass

o = Obj()
setattr(o, Name("a"), 1)
setattr(o, Field.X, 2)
print(o.a, o.x, getattr(o, Name("a")), hasattr(o, Field.X), len(vars(o)))
object.__setattr__(o, Name("b"), 3)
print(object.__getattribute__(o, Name("b")))
object.__delattr__(o, Name("b"))
print(len(vars(o)), "b" in vars(o))
type.__setattr__(Obj, Name("k"), 4)
print(Obj.k, type.__getattribute__(Obj, Name("k")))
e = Exception()
e.__setstate__({Name("note"): "n"})
print(e.note)
for bad in (1, b"x"):
    try:
        object.__setattr__(o, bad, 0)
    except TypeError as err:
        print("TypeError:", err)
