class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit got', et.__name__ if et else None, ev, tb is not None)
        return False
try:
    with CM():
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)
