# Bound methods of built-in types are builtin_function_or_method (method-wrapper for slots),
# as in CPython: their type, repr, equality, __self__ and __qualname__, and the messages of the
# classic mistakes made with them.
import types

xs = [3, 1, 2]
print(type(xs.append).__name__, type("".join).__name__, type(len).__name__)
print(type(xs.append) is type(len), type(xs.append) is types.BuiltinMethodType)
print(isinstance(xs.append, types.MethodType), isinstance(xs.append, types.BuiltinFunctionType))
print(type((1).__add__).__name__, type(xs.__len__).__name__, type(object().__str__).__name__)
print(type(xs.__getitem__).__name__, type(xs.__reversed__).__name__, type(dict.fromkeys).__name__)
print(types.MethodWrapperType, types.BuiltinMethodType)
print(repr(xs.__len__).split(" at ")[0], repr(xs.sort).split(" at ")[0])
print(int.__add__, list.__len__, str.join, object.__init__)
print(repr(dict.fromkeys).split(" at ")[0], repr(int.__new__).split(" at ")[0])

# identity and equality
a = xs.append
print(a == xs.append, a == [].append, a != xs.append, hash(a) == hash(xs.append))
print(xs.append is xs.append, {xs.append: 1}[xs.append])
print(a.__self__ is xs, len.__self__.__name__, dict.fromkeys.__self__ is dict)
print(xs.append.__name__, xs.append.__qualname__, dict.fromkeys.__qualname__, len.__qualname__)
print(list.append.__objclass__ is list)

class MyList(list):
    pass
print(MyList().append.__qualname__, type(MyList().append).__name__)

# calling them, stored and passed around
add = xs.append
for v in (9, 8):
    add(v)
print(xs, sorted(map(str.upper, ["b", "a"])), list(map("-".join, ["ab", "cd"])))
upper = "abc".upper
print(upper(), (5).__add__(2), xs.__len__())

# the classic mistakes
for expr in ("xs.append[1]", "len[0]", "'abc'.upper + 1", "list(xs.sort)", "xs.sort < 1",
             "xs.append.foo", "int(xs.pop)"):
    try:
        eval(expr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
