print('not printed')
match {}:
    case {'a': 1, 'a': 2}:
        pass
