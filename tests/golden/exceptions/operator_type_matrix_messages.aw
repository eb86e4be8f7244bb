values = [3, 2.5, 'a', b'b', [1], (2,), {'k': 1}, None]
ops = ['+', '-', '*', '/', '//', '%', '**', '<', '@', '<<', '&']
for op in ops:
    for a in values:
        for b in values:
            if op == '%' and isinstance(a, (str, bytes)):
                continue  # printf-style formatting has its own tests
            try:
                r = eval('a ' + op + ' b')
                print(repr(a), op, repr(b), '->', repr(r))
            except TypeError as e:
                print(repr(a), op, repr(b), '-> TypeError:', e)
for a in values:
    for op in ['-', '+', '~']:
        try:
            print(op + repr(a), '->', repr(eval(op + 'a')))
        except TypeError as e:
            print(op + repr(a), '-> TypeError:', e)
