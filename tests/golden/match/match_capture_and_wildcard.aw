# A capture pattern binds the subject; `_` matches anything and binds nothing.
def first(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"captured {other!r}"

print(first(1))
print(first("x"))
print(first([1, 2]))

match 42:
    case _:
        print("wildcard matched")
try:
    print(_)
except NameError as e:
    print("NameError:", e)
