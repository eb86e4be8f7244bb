# Alternatives are tried left to right; each must bind the same names, in any order.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a, 0] | [0, a]:
            return f"pair with zero and {a}"
        case (x, y, "xy") | (y, x, "yx"):
            return f"x={x} y={y}"
        case {"k": v} | [v]:
            return f"v={v}"
        case str() | bytes():
            return "text"
        case _:
            return "other"

for v in [2, [5, 0], [0, 6], (1, 2, "xy"), (1, 2, "yx"), {"k": 9}, [8], "s", b"b", 4.5]:
    print(f(v))

match [1, [2, 3]]:
    case [a, [b, c]] | [a, (c, b)] | (a, b, c):
        print(a, b, c)
