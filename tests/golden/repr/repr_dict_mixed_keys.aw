print({1: 'one', 'two': 2, (3,): [3], None: None, 2.5: {}, True: False})
