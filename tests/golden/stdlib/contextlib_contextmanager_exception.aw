from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
try:
    with tag('q') as t:
        print('inside', t)
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after')
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print(e)
@tag('deco')
def f():
    print('in f')
f()
f()
