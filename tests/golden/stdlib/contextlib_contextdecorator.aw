from contextlib import ContextDecorator
class announce(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False
@announce()
def work(x):
    print('work', x)
    return x * 2
print(work(3))
with announce():
    print('block')
