print('not printed')
match 1:
    case int(real=1, 2):
        pass
