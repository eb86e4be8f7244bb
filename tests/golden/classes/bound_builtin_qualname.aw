# A built-in method bound to an object or class is named after that object's class (or that
# class), as CPython's meth_get__qualname__: S("a").replace is S.replace
class S(str):
    pass

class D(dict):
    pass

print(S("a").replace.__qualname__, "a".replace.__qualname__, D.fromkeys.__qualname__, dict.fromkeys.__qualname__)
print(type.__subclasshook__.__qualname__, int.__subclasshook__.__qualname__, object.__subclasshook__.__qualname__)
print([].append.__qualname__, (1).to_bytes.__qualname__, int.from_bytes.__qualname__, bool.from_bytes.__qualname__)
print(object.__init_subclass__.__qualname__, S.__init_subclass__.__qualname__, str.replace.__qualname__)

class Outer:
    class Inner(list):
        pass

print(Outer.Inner().append.__qualname__, Outer.Inner().append.__name__)
