# UserDict/UserList/UserString: the methods CPython's versions inherit from the collections.abc
# mixins (popitem, |, reversed, __radd__, *=, copy.copy, class subscription)
import copy
from collections import UserDict, UserList, UserString

u = UserDict(a=1, b=2)
print(u.popitem(), u)
try:
    UserDict().popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(u | {'c': 3}, {'z': 0} | u, u | UserDict(d=4))
u |= {'e': 5}
print(u, type(u | {}).__name__)
print(UserDict.__or__(u, 1))
try:
    reversed(u)
except TypeError as e:
    print("TypeError:", e)
u.extra = 'kept'
cu = copy.copy(u)
print(cu, cu.extra, cu.data is u.data)
print(UserDict[str, int], UserList[int], UserString[int])

ul = UserList([1, 2])
print([0] + ul, type([0] + ul).__name__, (9,) + ul, UserList([5]) + ul)
before = id(ul)
ul *= 2
print(ul, id(ul) == before, list(reversed(ul)))
cl = copy.copy(ul)
print(cl, cl.data is ul.data)


class Shout(UserList):
    def __getitem__(self, i):
        return str(self.data[i]) + '!'


print(list(Shout([1, 2, 3])), [x for x in Shout(['a'])], list(reversed(Shout([1, 2]))))


class Doubling(UserDict):
    def __missing__(self, key):
        return key * 2


dm = Doubling(a=1)
print(dm.keys(), dm.items(), dm.values(), dm.get('x'), dm.get('a'), UserDict().get('q', 0))
print(sorted(dm.keys() | {'z'}), ('a', 1) in dm.items(), list(dm.values()))
