# A str key finds an entry of another type that hashes like it and says it is equal;
# setdefault compares a colliding key only once; dict views expose .mapping.


class Alias:
    """Equal to the string 'colour' (and hashes like it)."""

    def __hash__(self):
        return hash("colour")

    def __eq__(self, other):
        return isinstance(other, Alias) or other == "colour"


alias = Alias()
d = {"size": 1, alias: "red"}
print(d.get("colour"), "colour" in d, d["colour"])
d["colour"] = "blue"
print(len(d), d[alias])
print(d.pop("colour"), len(d), d.get("colour", "gone"))
e = {"a": 1}
e[alias] = 2
print(e.setdefault("colour", 99), len(e))


class Counted:
    def __init__(self, name):
        self.name = name
        self.hashes = 0
        self.compares = 0

    def __hash__(self):
        self.hashes += 1
        return 7

    def __eq__(self, other):
        self.compares += 1
        return self is other


first, second = Counted("first"), Counted("second")
table = {first: 1}
print(table.setdefault(second, []), len(table))
print(first.hashes, second.hashes, first.compares + second.compares)

data = {"x": 1, "y": 2}
for view in (data.keys(), data.values(), data.items()):
    proxy = view.mapping
    print(type(view).__name__, type(proxy).__name__, proxy["x"], len(proxy))
try:
    data.keys().mapping["z"] = 3
except TypeError as err:
    print("TypeError:", err)
