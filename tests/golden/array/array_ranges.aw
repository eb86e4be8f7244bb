# each typecode's range checks and conversions, with CPython's OverflowError/TypeError messages
import array

for tc in "bBhHiIlLqQ":
    for v in (-2 ** 70, -1, 2 ** 70, 2 ** 31, 2 ** 63, 200, -200, 40000, -40000):
        try:
            array.array(tc, [v])
            print(tc, v, "ok")
        except OverflowError as e:
            print(tc, v, "OverflowError:", e)
for tc, v in [("i", 1.5), ("f", "x"), ("u", 1), ("u", "ab"), ("d", None), ("i", "1"), ("f", 1e300), ("d", 3), ("f", 0.1)]:
    try:
        print(array.array(tc, [v]))
    except TypeError as e:
        print(tc, repr(v), "TypeError:", e)
for args in [("z",), (1,), ("ii",), ("i", "abc"), ("i", array.array("u", "a"))]:
    try:
        array.array(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(array.typecodes, [array.array(t).itemsize for t in array.typecodes])
print(array.array("Q", [2 ** 64 - 1]), array.array("b", [-128, 127]), array.array("f", [1, 2.5]).tolist())
