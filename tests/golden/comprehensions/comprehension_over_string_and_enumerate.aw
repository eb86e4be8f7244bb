print([f'{i}:{c}' for i, c in enumerate('abc')], {c: i for i, c in enumerate('hello')})
