from functools import singledispatch
@singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
show.register(str, lambda x: 'str ' + x)
print(show(1), show([1, 2]), show('s'), show(1.5), show(True), show(None))
print(show.dispatch(bool) is show.dispatch(int), object in show.registry)
