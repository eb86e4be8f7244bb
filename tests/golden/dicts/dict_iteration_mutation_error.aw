d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['new' + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
