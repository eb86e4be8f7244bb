# Which subjects are sequences and mappings for match: the first class of the MRO with a
# collection flag decides; registering with collections.abc.Sequence/Mapping counts, also for
# subclasses made before the registration; memoryview and array.array are sequences.
import array
import collections
import collections.abc

def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return "neither"

class C:
    pass

class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
print([kind(k()) for k in (M1, M2, M3, M4, S1, S2, S3)])

class Parent: pass
class ChildPre(Parent): pass
collections.abc.Mapping.register(Parent)
class ChildPost(Parent): pass
print([kind(k()) for k in (Parent, ChildPre, ChildPost)])

class SeqParent: pass
class SeqChild(SeqParent): pass
collections.abc.MutableSequence.register(SeqParent)
print([kind(k()) for k in (SeqParent, SeqChild)])

def three(w):
    match w:
        case (x, y, z):
            return x, y, z
    return None

for subject in ((1, 2, 3), "abc", b"abc", bytearray(b"abc"), memoryview(b"abc"),
                array.array("b", b"abc"), collections.deque([1, 2, 3]), range(3), {1: 2}):
    print(type(subject).__name__, three(subject), kind(subject))
