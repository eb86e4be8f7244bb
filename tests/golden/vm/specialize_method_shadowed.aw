# A method call site specialised for a class keeps working when an instance attribute, set
# before or after, shadows the method (through setattr, __dict__ or vars()), and when the
# class's method is replaced.
class K:
    def __init__(self, tag):
        self.tag = tag
    def hello(self):
        return "method " + self.tag

def call(o):
    return o.hello()

a, b, c = K("a"), K("b"), K("c")
print(call(a), call(b))
b.hello = lambda: "attr b"
print(call(a), call(b), call(c))
c.__dict__["hello"] = lambda: "dict c"
print(call(a), call(b), call(c))
K.hello = lambda self: "replaced " + self.tag
print(call(a), call(b), call(c))

class L:
    def run(self):
        return "L.run"
def go(o):
    return o.run()
x = L()
print(go(x), go(x))
setattr(x, "run", lambda: "instance run")
print(go(x), go(L()))
vars(L())  # another instance's dict escapes
y = L()
print(go(y))
del x.run
print(go(x))
print(go([1]) if False else "skip", [1, 2].copy(), "s".upper())
