print('not printed')
def f(x):
    match x:
        case y:
            pass
        case 1:
            pass
