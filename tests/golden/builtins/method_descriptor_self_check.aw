tests = [lambda: list.append(42, 1), lambda: list.append(), lambda: dict.get("x", 1), lambda: set.add([], 1),
         lambda: str.upper(5), lambda: int.bit_length("x"), lambda: tuple.count(None, 1), lambda: bytes.hex(3),
         lambda: float.is_integer(1), lambda: dict.keys([]), lambda: list.sort(()), lambda: object.__repr__(3)[:5],
         lambda: int.__add__(True, 2), lambda: list.__len__([1, 2]), lambda: str.join("-", "ab"), lambda: dict.fromkeys("ab"),
         lambda: list.__init__(5), lambda: bytearray.append(b"", 1), lambda: complex.conjugate(1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
class L(list): pass
l = L(); list.append(l, 3); print(l, str.lower("ABC"), int.__add__(3, 4))
for t in (lambda: list.__len__(), lambda: int.__add__("a", 1), lambda: dict.__getitem__(1, 2)):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
