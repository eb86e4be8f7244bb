def loud(func):
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        result = func(*args, **kwargs)
        print('done')
        return result
    return wrapper
@loud
def add(a, b):
    return a + b
print(add(2, 3))
