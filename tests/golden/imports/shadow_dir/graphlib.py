# a program's own module named like a standard one (graphlib)
print("the program's graphlib")
TopologicalSorter = "mine"
