errs = [ValueError('v'), KeyError('k'), TypeError(), RuntimeError('a', 1)]
print(errs)
