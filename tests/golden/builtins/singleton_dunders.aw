# None, NotImplemented and Ellipsis: __repr__, __reduce__ and __new__.
for v in (None, NotImplemented, Ellipsis):
    print(type(v).__name__, repr(v.__repr__()), type(v).__repr__(v))
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
print(type(Ellipsis).__new__(type(Ellipsis)) is Ellipsis, type(None).__new__(type(None)))
print(type(NotImplemented)() is NotImplemented, type(...)() is ...)

def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

show(lambda: type(Ellipsis).__new__(int))
show(lambda: type(Ellipsis).__reduce__(1))
show(lambda: type(None).__repr__(0))
show(lambda: type(Ellipsis)(1))
show(lambda: type(None)(1))
show(lambda: type(NotImplemented)(1))
print(len.__repr__(), print.__repr__())
