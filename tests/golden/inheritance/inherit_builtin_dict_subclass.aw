class DefaultDict(dict):
    def __missing__(self, key):
        return 'missing:' + key
d = DefaultDict(a=1)
print(d['a'], d['zz'], d)
