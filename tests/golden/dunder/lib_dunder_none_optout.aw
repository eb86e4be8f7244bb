# a class opts out of a protocol by setting its dunder to None
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i


class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1, 2])


class RaisingIter:
    def __iter__(self):
        raise TypeError('custom message')


for label, call in [('iter', lambda: iter(NoIter())), ('list', lambda: list(NoIter())),
                    ('for', lambda: [x for x in NoIter()]), ('unpack', lambda: [*NoIter()]),
                    ('in', lambda: 1 in NoContains()), ('own', lambda: iter(RaisingIter()))]:
    try:
        call()
        print(label, 'ok')
    except TypeError as e:
        print(label, 'TypeError:', e)
print(list(NoContains()))
