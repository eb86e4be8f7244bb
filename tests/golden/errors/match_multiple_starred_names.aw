print('not printed')
match []:
    case [*a, *b]:
        pass
