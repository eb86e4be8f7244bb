from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print('open', name)
    try:
        yield name
    finally:
        print('close', name)
with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback ran')
    print('body', names)
def failing():
    with ExitStack() as stack:
        stack.callback(print, 'cleanup')
        raise RuntimeError('x')
try:
    failing()
except RuntimeError as e:
    print('RuntimeError', e)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError('suppressed by push')
print('after suppress')
stack = ExitStack()
stack.enter_context(res('d'))
moved = stack.pop_all()
stack.close()
print('moved')
moved.close()
