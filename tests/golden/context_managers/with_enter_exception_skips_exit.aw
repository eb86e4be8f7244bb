class Bad:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('never')
try:
    with Bad():
        print('never body')
except RuntimeError as e:
    print(type(e).__name__, e)
