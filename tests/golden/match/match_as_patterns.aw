# `pattern as name` binds the matched subject (or sub-subject) to name.
match [1, (2, 3)]:
    case [int() as a, (2, _) as pair]:
        print(a, pair)
match 3:
    case (1 | 2 | 3) as small:
        print("small", small)
match {"point": [1, 2]}:
    case {"point": [x, y] as p}:
        print(x, y, p)
match "text":
    case str() as s if len(s) > 3:
        print("long string", s)
