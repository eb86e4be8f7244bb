match x:
    case C(a=1, 2, 3, b=3):
        pass
