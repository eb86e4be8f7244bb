class O:
    pass
o = O()
setattr(o, 'color', 'red')
print(getattr(o, 'color'), getattr(o, 'size', 'default'), hasattr(o, 'color'), hasattr(o, 'size'))
delattr(o, 'color')
print(hasattr(o, 'color'))
try:
    getattr(o, 'size')
except AttributeError as e:
    print(e)
