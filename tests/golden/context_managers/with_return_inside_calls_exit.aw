class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit called')
def f():
    with CM():
        return 'returned'
print(f())
