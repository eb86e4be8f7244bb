class Proxy:
    def __init__(self):
        self.real = 'real attr'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dynamic ' + name
        raise AttributeError(f'no {name}')
p = Proxy()
print(p.real, p.xyz, hasattr(p, 'nothing'), getattr(p, 'nothing', 'dflt'))
