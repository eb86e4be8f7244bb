def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(f(), g())
