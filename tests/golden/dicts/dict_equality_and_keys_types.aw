print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 1, None: 2, 'a': 3, 2.5: 4})
