class CM:
    def __enter__(self):
        print('enter')
        return 'resource'
    def __exit__(self, et, ev, tb):
        print('exit', et, ev)
        return False
with CM() as r:
    print('body', r)
