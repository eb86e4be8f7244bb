# A case whose pattern fails binds none of its names, even those matched before the failure.
match [1, 3]:
    case [a, 2]:
        print("no")
    case [1, b]:
        print("b =", b)
try:
    print(a)
except NameError as e:
    print("NameError:", e)

def f():
    match {"x": 1, "y": 2}:
        case {"x": x, "y": 3}:
            pass
        case _:
            pass
    return x
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

match (1, 2):
    case (p, 9) | (p, 8):
        pass
try:
    print(p)
except NameError as e:
    print("NameError:", e)
