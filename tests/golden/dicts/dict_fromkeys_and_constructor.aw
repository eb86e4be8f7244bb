print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([('k', 'v')]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
