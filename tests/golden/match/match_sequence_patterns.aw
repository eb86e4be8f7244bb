# Sequence patterns match lists, tuples and ranges (never str, bytes or bytearray), by length
# and item by item; one starred name collects the rest as a list.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case (first, *middle, last):
            return f"first {first}, middle {middle}, last {last}"

for s in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], range(4)]:
    print(s, "->", shape(s))

for s in ["ab", b"ab", bytearray(b"ab"), {1, 2}, {"a": 1}, iter([1, 2])]:
    match s:
        case [a, b]:
            print("sequence", a, b)
        case _:
            print(type(s).__name__, "is not a sequence for patterns")

match [1, 2, 3]:
    case (1, 2, 3):
        print("a list matches a parenthesized pattern")
match (1, 2):
    case [1, 2]:
        print("a tuple matches a bracketed pattern")
match [1, 2]:
    case 1, 2:
        print("open sequence pattern")
match [1, [2, 3]]:
    case [1, (2, x)]:
        print("nested", x)
