print('not printed')
match 1:
    case a | 1:
        pass
