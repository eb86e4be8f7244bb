# int(x), str(x), list(x)... match the subject itself; bool is an int; subclasses inherit it.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting with {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", [9, 8], [], (1, 2), {"a": 1}, {1, 2}, frozenset([3]), None]:
    print(kind(v))

class MyInt(int):
    pass

match MyInt(7):
    case MyInt(n):
        print("MyInt", n, type(n).__name__)
match MyInt(7):
    case int(real=r):
        print("keyword on a builtin", r)
