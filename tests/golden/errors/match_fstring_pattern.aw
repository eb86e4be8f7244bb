print('not printed')
match 'a':
    case f'a':
        pass
