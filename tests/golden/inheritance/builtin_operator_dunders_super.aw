print(type.__or__(int, None), int | str, float.__ror__(None))
class MyList(list):
    def __add__(self, o): return MyList(super().__add__(o))
    def __mul__(self, n): return MyList(super().__mul__(n))
m = MyList([1]) + [2]
print(type(m).__name__, m, type(MyList([0]) * 3).__name__, MyList([1]) * 2, 3 * MyList([1]))
class MySet(set):
    def __or__(self, o): return MySet(super().__or__(o))
    def __and__(self, o): return MySet(super().__and__(o))
    def __sub__(self, o): return MySet(super().__sub__(o))
print(type(MySet({1}) | {2}).__name__, sorted(MySet({1, 2}) & {2}), sorted(MySet({1, 2}) - {2}))
class MyDict(dict):
    def __or__(self, o): return MyDict(super().__or__(o))
print(type(MyDict(a=1) | {'b': 2}).__name__, MyDict(a=1) | {'b': 2})
for a, b in (([], ()), ((), []), ([1], 1.5)):
    try:
        print(type(a).__add__(a, b))
    except TypeError as e:
        print(e)
try:
    print([1].__mul__(1.5))
except TypeError as e:
    print(e)
print(list.__add__([1], [2]), tuple.__add__((1,), (2,)), set.__or__({1}, {2}), dict.__or__({1: 2}, {3: 4}), bytes.__len__(b"ab"), [1].__mul__(2), [1].__rmul__(3))
print(bytes.__getitem__(b"abc", 1), bytes.__contains__(b"abc", b"b"), list(bytes.__iter__(b"ab")), bytes.__mod__(b"%d", 5), bytes.__add__(b"a", b"b"))
ba = bytearray(b"abc"); bytearray.__setitem__(ba, 0, 65); bytearray.__delitem__(ba, 1); print(ba)
print({1, 2}.__xor__({2, 3}), frozenset({1}).__rsub__({1, 2}), {1}.__and__([1]))
print({1: 2}.keys().__and__({1}), {1: 2}.keys() | {3})
