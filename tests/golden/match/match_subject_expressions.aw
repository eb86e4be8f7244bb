# The subject is evaluated once; a bare tuple, a starred item and a walrus are allowed.
def make():
    print("subject evaluated")
    return (1, 2)

match make():
    case (1, 3):
        print("no")
    case (1, y):
        print("y =", y)

a, b = 1, 2
match a, b:
    case 1, 2:
        print("bare tuple subject")
rest = [3, 4]
match a, *rest:
    case (1, *others):
        print("starred subject", others)
match (n := 10):
    case 10:
        print("walrus subject", n)
