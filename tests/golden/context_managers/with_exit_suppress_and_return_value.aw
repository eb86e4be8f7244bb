class Swallow:
    def __enter__(self):
        return 'entered'
    def __exit__(self, et, ev, tb):
        print('swallowing', et.__name__)
        return True
def f():
    with Swallow() as s:
        raise ValueError(s)
    return 'after with'
print(f())
