CONSTANT = 42
print('helper_mod loaded')
def greet(name):
    return f'hello, {name}'
