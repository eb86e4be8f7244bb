print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'hello'.replace('l', ''), 'x'.replace('y', 'z'))
