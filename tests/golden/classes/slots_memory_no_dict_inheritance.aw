class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

pts = [Point3(i, i * 2, [i]) for i in range(1000)]
total = 0
for p in pts:
    total += p.x + p.y + p.z[0]
    p.x += 1
print(total, pts[10], pts[10].z, hasattr(pts[0], "__dict__"))
try:
    pts[0].w = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point3.__slots__, Point.__slots__, isinstance(pts[0], Point))
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
