# a match subject may be a tuple of named expressions (star_named_expressions)
x = 0
match w := x,:
    case (y,):
        print("one", y, w)

match a := 1, b := 2, *[3]:
    case (p, q, r):
        print(p, q, r, a, b)

match n := 5:
    case 5:
        print("five", n)
