class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError('from exit')
try:
    with CM():
        raise ValueError('body')
except KeyError as e:
    print(type(e).__name__, e, repr(e.__context__))
