import inspect, sys, types
def who_called():
    return inspect.stack()[1].function
def caller():
    return who_called()
print(caller(), inspect.stack()[0].function, inspect.currentframe().f_code.co_name)
def info():
    fi = inspect.getframeinfo(inspect.currentframe())
    return fi.function, fi.lineno, fi.filename.endswith("insp.py"), fi.code_context, fi.index
print(info())
print(isinstance(sys._getframe(), types.FrameType), inspect.isframe(sys._getframe()), inspect.isframe(1))
st = inspect.stack()
print(len(st), st[0].function, st[0].lineno, st[0].code_context)
try:
    1 / 0
except ZeroDivisionError:
    tr = inspect.trace()
    print([(f.function, f.lineno) for f in tr])
def outer():
    return [f.function for f in inspect.getouterframes(inspect.currentframe())]
print(outer())
print(inspect.getlineno(sys._getframe()))
