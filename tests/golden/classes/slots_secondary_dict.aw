# __slots__ in a class whose secondary base has a __dict__: instances get one (as minidom needs).
class Slotted:
    __slots__ = ()

class WithDict:
    owner = None

class Node(Slotted, WithDict):
    __slots__ = ("target",)

n = Node()
n.owner = "doc"
n.target = "t"
print(n.owner, n.target, n.__dict__, hasattr(Node, "__dict__"))

class Plain(Slotted):
    __slots__ = ("x",)

try:
    Plain().y = 1
except AttributeError as e:
    print("AttributeError", e)
