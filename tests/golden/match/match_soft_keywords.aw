# match and case are soft keywords: they stay ordinary names everywhere else.
match = [1, 2]
case = "case"
print(match, case)
print(match[0])
match[1] = 5
print(match)

def match(*args):
    return args
print(match(1, 2))
print(match (3))

class case:
    match = "attr"
print(case.match)

match -1:
    case -1:
        print("matched -1")
_ = 10
print(_)
