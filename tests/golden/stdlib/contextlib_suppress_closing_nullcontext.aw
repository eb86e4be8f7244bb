from contextlib import suppress, closing, nullcontext
with suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
class Resource:
    def close(self):
        print('closed')
with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
