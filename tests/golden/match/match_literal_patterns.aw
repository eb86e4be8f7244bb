# Literal patterns compare with ==; None, True and False compare with `is`.
def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else"

for value in [0, 0.0, -1, -1.0, 2.5, "hello!", b"raw", None, True, False, 1, "raw", 3]:
    print(repr(value), "->", describe(value))
