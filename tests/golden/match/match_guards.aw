# A guard runs after the pattern has bound its names; when it is false the next case is tried,
# and the names stay bound.
def sign(n):
    match n:
        case int(x) if x < 0:
            return "negative"
        case int(x) if x == 0:
            return "zero"
        case int():
            return "positive"
        case _:
            return "not an int"

print([sign(v) for v in [-5, 0, 7, "7"]])

match [1, 2]:
    case [a, b] if a > b:
        print("descending")
    case _:
        print("guard failed, still bound:", a, b)

match 10:
    case n if (half := n // 2) > 3:
        print("half is", half)

calls = []
def check(v):
    calls.append(v)
    return v > 1
match 3:
    case 1 if check(1):
        pass
    case x if check(x):
        print("guard called for", calls)
