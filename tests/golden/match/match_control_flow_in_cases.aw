# return, break and continue leave a case body cleanly, also inside try/with and loops.
def first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2:
                continue
            case int(n):
                return n
            case "stop":
                break
            case _:
                pass
    return None

print(first_even([1, 3, 4, 5]))
print(first_even([1, "stop", 2]))
print(first_even(["x", 1]))

def nested(v):
    try:
        match v:
            case [x, *_]:
                return f"head {x}"
            case _:
                raise ValueError(v)
    except ValueError as e:
        return f"error {e}"
    finally:
        print("finally")

print(nested([1, 2]))
print(nested(3))

total = 0
i = 0
while True:
    i += 1
    match i:
        case 5:
            break
        case n if n % 2 == 0:
            continue
        case n:
            total += n
print(total)
