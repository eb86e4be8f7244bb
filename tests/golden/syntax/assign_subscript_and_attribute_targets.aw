class Box:
    pass
b = Box()
b.items = [0, 0, 0]
b.items[1] = 'mid'
d = {}
d['k'] = b
d['k'].items[2] = 'end'
b.items[0] += 5
print(b.items, list(d))
