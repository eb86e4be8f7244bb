# reprlib (size-limited reprs, recursive_repr) and graphlib.TopologicalSorter.
import reprlib, graphlib
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(r.repr([1, 2, 3, 4, 5]), r.repr("abcdefghijklmnop"), r.repr((1, (2, (3, (4, (5, (6,))))))), reprlib.aRepr.maxdict)
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node())
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.prepare()
out = []
while ts.is_active():
    ready = ts.get_ready(); out.append(sorted(ready)); ts.done(*ready)
print(out)
try:
    list(graphlib.TopologicalSorter({1: {2}, 2: {1}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]))
