d = {'k': 1}
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d[(1, 'a')]
except KeyError as e:
    print(e)
