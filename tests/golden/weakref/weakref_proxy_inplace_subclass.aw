# weak proxies forward in-place operators, operator.index, bytes() and reversed() to the
# referent; ref subclasses may take extra keyword arguments; the plain ref is listed first
import operator
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __floordiv__(self, o):
        return "floordiv"

    def __ifloordiv__(self, o):
        return "ifloordiv"

    def __iadd__(self, o):
        self.v += o
        return self

    def __matmul__(self, o):
        return "matmul"

    def __imatmul__(self, o):
        return "imatmul"

    def __index__(self):
        return 7

    def __bytes__(self):
        return b"num"

    def __reversed__(self):
        return iter("cba")


n = Num(1)
p = weakref.proxy(n)
print(p // 2)
q = p
q //= 2
print(q)
q = p
q @= 3
print(q, p @ 3)
q = p
q += 5
print(q is n, n.v)
print(operator.index(p), bytes(p), list(reversed(p)), [10, 20, 30, 40, 50, 60, 70, 80][p])
print(sorted(a for a in ('__iadd__', '__index__', '__bytes__', '__reversed__') if a in dir(weakref.ProxyType)))


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


t = Tagged(n, tag="first")
print(t() is n, t.tag)
plain = weakref.ref(n)
print(plain is not t, weakref.getweakrefs(n)[0] is plain, weakref.getweakrefcount(n))
try:
    weakref.ref(n, tag=1)
except TypeError as e:
    print("TypeError:", e)
