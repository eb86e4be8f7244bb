# Cycles of __del__ instances are finalized in creation order when the collector finds them,
# whatever addresses they landed at (CPython's collector walks its lists in creation order).
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("gone", self.name)

def churn(n):
    # garbage of the same size, so that later nodes reuse freed slots in any order
    junk = [Node("junk%d" % i) for i in range(n)]
    for j in junk:
        j.name = None
    del junk

class Quiet(Node):
    def __del__(self):
        pass

for round_ in range(3):
    keep = [Quiet(None) for _ in range(20 + round_)]
    del keep[::2]
    a, b, c = Node("a%d" % round_), Node("b%d" % round_), Node("c%d" % round_)
    a.peer, b.peer, c.peer = b, c, a
    del a, b, c
    gc.collect()
    print("round", round_, "done")

# two independent cycles made interleaved
p1, q1 = Node("p1"), Node("q1")
p2, q2 = Node("p2"), Node("q2")
p1.peer, q1.peer = q1, p1
p2.peer, q2.peer = q2, p2
del p2, q2, p1, q1
gc.collect()
print("end")
