# str() of an object without __str__ runs its __repr__ and checks the result as __str__'s
class BadRepr:
    def __repr__(self):
        return 5
for f in (repr, str, lambda o: f"{o}", lambda o: "%s" % (o,), lambda o: "{}".format(o)):
    try:
        f(BadRepr())
    except TypeError as e:
        print(e)
class Good:
    def __repr__(self):
        return "Good()"
class Sub(Good):
    pass
class T(tuple):
    pass
class L(list):
    pass
print(str(Good()), str(Sub()), str(T((1, 2))), str(L([3])), f"{Sub()}", [Sub()])
class WithStr(Good):
    def __str__(self):
        return "str!"
print(str(WithStr()), repr(WithStr()))
