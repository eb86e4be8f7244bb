Point = type('Point', (), {'x': 0, 'describe': lambda self: f'Point at {self.x}'})
p = Point()
p.x = 7
print(p.describe(), Point.__name__)
