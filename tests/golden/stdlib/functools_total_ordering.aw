from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
print(Version(1) < Version(2), Version(1) > Version(2), Version(1) <= Version(1), Version(3) >= Version(2))
print(sorted([Version(3), Version(1), Version(2)], reverse=True)[0].v)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
