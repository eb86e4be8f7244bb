import gc
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        Res.count += 1
        print("acquire", name)
    def __del__(self):
        print("release", self.name)

class Owner:
    def __init__(self):
        self.res = Res("owned")

def scope():
    a = Res("a")
    b = Res("b")
    print("leaving scope")
    return "done"

print(scope())
items = [Res("l1"), Res("l2")]
del items
print("after list del")
o = Owner()
del o
print("after owner del")
x = Res("x1")
x = Res("x2")
print("after rebinding")

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("node gone", self.name)
n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
del n1, n2
print("cycle dropped")
gc.collect()
print("after collect")

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print(len(saved))
saved.clear()
gc.collect()
print("phoenix not called twice")

class Loud:
    def __del__(self):
        raise ValueError("in del")
tmp = Loud()
del tmp
print("survived del error")

def returns_obj():
    r = Res("ret")
    return r
kept = returns_obj()
print("kept", kept.name)
keep_me = Res("global-end")
_private = Res("underscore-end")
print("end of program")
