# object.__reduce_ex__ and object.__reduce__ exist: a class's own __reduce__ wins, super()
# calls reach the default reduction, and copy and pickle agree with them.
import copy, pickle
class OnlyReduce:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        print('own __reduce__')
        return (OnlyReduce, (self.v * 2,))
print(copy.copy(OnlyReduce(1)).v, pickle.loads(pickle.dumps(OnlyReduce(2))).v)
print(OnlyReduce(3).__reduce_ex__(2)[1])
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S(); print(s.__reduce_ex__(2)[0].__name__, s.__reduce_ex__(2)[1], s.__reduce_ex__(2)[2])
try: s.__reduce_ex__(1)
except TypeError as e: print(e)
class L(list): pass
r = L([1, 2]).__reduce_ex__(2); print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
r = object().__reduce__(); print(r[0].__name__, r[1])
class D:
    def __init__(self): self.x = 5
r = D().__reduce__(); print(r[0].__name__, r[1][1:], r[2])
print(D().__reduce_ex__(0)[0].__name__, copy.deepcopy(D()).x)
def g(): yield
try: pickle.dumps(g())
except TypeError as e: print(e)
print('__reduce_ex__' in dir(D()), object.__reduce_ex__.__name__)


class Chained:
    def __init__(self):
        self.tag = "t"

    def __reduce_ex__(self, proto):
        print("Chained.__reduce_ex__", proto)
        return super().__reduce_ex__(proto)


c2 = copy.deepcopy(Chained())
print(c2.tag, pickle.loads(pickle.dumps(Chained(), protocol=2)).tag)
print(copy.deepcopy(slice(1, 5, 2)), copy.deepcopy(bytearray(b"ab")), copy.copy(range(4)))
