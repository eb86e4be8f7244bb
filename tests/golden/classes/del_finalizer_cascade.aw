class Engine:
    def __del__(self): print("engine del")
class Car:
    def __init__(self): self.engine = Engine(); self.parts = [Engine()]
    def __del__(self): print("car del")
c = Car()
del c
print("after car")
class Node:
    def __init__(self, name, nxt=None): self.name = name; self.nxt = nxt
    def __del__(self): print("node del", self.name)
head = Node("a", Node("b", Node("c")))
del head
print("after chain")
class Holder:
    def __init__(self): self.me = self; self.e = Engine()
h = Holder()
del h
print("after self-cycle holder")
import gc; gc.collect()
print("end")
